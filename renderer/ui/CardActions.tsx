import { Button, Group } from '@mantine/core';

export interface CardAction {
  /** The word on the button ("Edit"). */
  text: string;
  /** The accessible name, naming the record ("Edit finding 1.2"): a list's buttons must not all be "Edit". */
  label: string;
  onClick: () => void;
  /** Deleting: quieter and red, so it is not taken for the main action. */
  danger?: boolean;
}

/** The row of text buttons at the foot of a card: edit, propose, delete. */
export function CardActions({ actions }: { actions: readonly CardAction[] }) {
  return (
    <Group gap="xs">
      {actions.map((action) => (
        <Button
          key={action.text}
          size="xs"
          variant={action.danger ? 'subtle' : 'light'}
          color={action.danger ? 'red' : undefined}
          onClick={action.onClick}
          aria-label={action.label}
        >
          {action.text}
        </Button>
      ))}
    </Group>
  );
}
