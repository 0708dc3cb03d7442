import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type SaveOutcome<R> = { ok: true; value: R } | { ok: false };

export interface SaveOptions {
  /** Shown in green when the action succeeded. */
  success?: string;
  /** Handles an expected failure itself (e.g. problems to show next to fields); true when it did. */
  handle?(cause: unknown): boolean;
}

/**
 * The one way a form or a dialog runs a write: `pending` while it runs, a notification when it
 * succeeded, and when it failed the message that nothing was changed (repositories write in one
 * transaction), the cause logged for the log file.
 */
export function useSaveAction() {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const run = useCallback(
    async <R>(action: () => Promise<R>, options: SaveOptions = {}): Promise<SaveOutcome<R>> => {
      setPending(true);
      try {
        const value = await action();
        if (options.success) notifications.show({ color: 'green', message: options.success });
        return { ok: true, value };
      } catch (cause) {
        if (!options.handle?.(cause)) {
          console.error(cause);
          notifications.show({ color: 'red', message: t('errors.saveFailed') });
        }
        return { ok: false };
      } finally {
        setPending(false);
      }
    },
    [t],
  );
  return { run, pending };
}
