import { forwardRef } from 'react';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface DuplicateEntry {
  id: string;
  /** The name as the list shows it, with what tells it apart (organisation, city). */
  label: string;
}

interface DuplicateWarningProps {
  kind: 'contact' | 'organisation';
  entries: readonly DuplicateEntry[];
  /** Save was pressed and held back: the "Save anyway" choice is offered. */
  held: boolean;
  onOpen(id: string): void;
  /** Marks the next submit as deliberate; the button itself submits the form. */
  onSaveAnyway(): void;
}

/**
 * "This probably exists already", in the form while the name is typed: open the record already
 * here instead, or (after Save was pressed) save the new one anyway.
 */
export const DuplicateWarning = forwardRef<HTMLDivElement, DuplicateWarningProps>(function DuplicateWarning(
  { kind, entries, held, onOpen, onSaveAnyway },
  ref,
) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="yellow"
      icon={<IconCopy size={18} aria-hidden />}
      title={t(`duplicates.${kind}.title`, { count: entries.length })}
    >
      <Stack gap="xs">
        <Text size="sm">{t(`duplicates.${kind}.hint`)}</Text>
        <List size="sm" spacing={4}>
          {entries.map((entry) => (
            <List.Item key={entry.id}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {entry.label}
                </Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  aria-label={t(`duplicates.${kind}.openNamed`, { name: entry.label })}
                  onClick={() => onOpen(entry.id)}
                >
                  {t('duplicates.open')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
        {held && (
          <Group>
            <Text size="sm">{t(`duplicates.${kind}.held`)}</Text>
            <Button size="compact-sm" variant="default" type="submit" onClick={onSaveAnyway}>
              {t('duplicates.saveAnyway')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
});
