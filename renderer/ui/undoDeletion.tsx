import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/** Long enough to read and reach the button, short enough not to linger over the next task. */
const UNDO_SECONDS = 10;

/**
 * "Deleted — Undo": shown after every deletion. Undo runs `undo` (a restore, which is an ordinary
 * change and so travels by exchange); the deletion also stays restorable from "Recently deleted".
 */
export function showDeletedWithUndo(t: TFunction, message: string, undo: () => Promise<void>): void {
  const id = `deleted-${crypto.randomUUID()}`;
  const restore = async () => {
    notifications.hide(id);
    try {
      await undo();
      notifications.show({ color: 'green', message: t('recycleBin.restored') });
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('errors.saveFailed') });
    }
  };
  notifications.show({
    id,
    color: 'green',
    autoClose: UNDO_SECONDS * 1000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button size="compact-sm" variant="light" onClick={() => void restore()}>
          {t('recycleBin.undo')}
        </Button>
      </Group>
    ),
  });
}
