import { ActionIcon, Group } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { Hint } from './Hint';

export interface RowAction {
  /** The accessible name, naming the record ("Edit Kovács Péter"): a row's buttons must not all be "Edit". */
  label: string;
  icon: Icon;
  onClick: () => void;
  /** Deleting: shown in red. */
  danger?: boolean;
  disabled?: boolean;
  /** A short word shown on hover (the label names the record; the tooltip says what the icon does). */
  tooltip?: string;
}

/** The icon buttons at the end of a table row or a card: edit, export, merge, delete. */
export function RowActions({ actions, justify }: { actions: readonly RowAction[]; justify?: 'flex-end' }) {
  return (
    <Group gap={4} wrap="nowrap" justify={justify}>
      {actions.map((action) => {
        const button = (
          <ActionIcon
            key={action.label}
            variant="subtle"
            color={action.danger ? 'red' : undefined}
            aria-label={action.label}
            onClick={action.onClick}
            disabled={action.disabled}
          >
            <action.icon size={18} aria-hidden />
          </ActionIcon>
        );
        // A CSS hint, not Mantine's Tooltip: the programme's first screen has these buttons, and the
        // Tooltip's positioning library was some 45 KB of its start-up script.
        return action.tooltip ? (
          <Hint key={action.label} label={action.tooltip} align="end">
            {button}
          </Hint>
        ) : (
          button
        );
      })}
    </Group>
  );
}
