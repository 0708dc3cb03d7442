import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SaveConflictError,
  basisOf,
  type SaveBasis,
  type SaveOptions as RecordSaveOptions,
} from '../domain/merge';
import type { FormModalDraft } from './FormModal';
import { useAskSaveConflict } from './saveConflictHost';
import { showConfirmation } from './confirmations';
import type { SaveChoice } from './SaveConflictDialog';

/**
 * What a run did. `done`: the form's work is over — it saved, or the user kept the version saved
 * meanwhile (nothing written, nothing left to save).
 */
export type SaveOutcome<R> = { ok: true; value: R; done: true } | { ok: false; done: boolean };

export interface SaveOptions {
  /** Shown in green when the action succeeded. */
  success?: string;
  /** Handles an expected failure itself (e.g. problems to show next to fields); true when it did. */
  handle?(cause: unknown): boolean;
  /**
   * The version the input was typed on (a form's `draft.basedOn`): the first attempt saves
   * against it, so a record changed meanwhile raises a conflict instead of being overwritten.
   */
  basedOn?: SaveBasis | null | undefined;
}

/**
 * The next attempt after the user's choice on a conflict: the form's own record (or the deletion)
 * is written against the version shown, "mine" or merged; a record written along with it (a
 * photo of a finding) gets its own choice, kept with those made before, and the rest is saved.
 */
function afterChoice(
  attempt: RecordSaveOptions,
  cause: SaveConflictError,
  choice: Exclude<SaveChoice, { kind: 'back' }>,
): RecordSaveOptions {
  const basedOn = basisOf(cause.stored);
  const patch = choice.kind === 'merged' ? { patch: choice.patch } : {};
  if (cause.kind.alongside) {
    const own = { basedOn, ...patch, ...(choice.kind === 'theirs' ? { keepStored: true } : {}) };
    return { ...attempt, alongside: { ...attempt.alongside, [basedOn.id]: own } };
  }
  return { ...(attempt.alongside ? { alongside: attempt.alongside } : {}), basedOn, ...patch };
}

/**
 * The one way a form or a dialog runs a write: `pending` while it runs, a notification when it
 * succeeded, and when it failed the message that nothing was changed (repositories write in one
 * transaction), the cause logged for the log file.
 *
 * Optimistic concurrency for every form: `action` receives the options to save with. When the
 * record changed since the input was typed (SaveConflictError: another tab, an exchange import),
 * both versions are shown (ui/saveConflictHost) and the user chooses: "mine" or a hand-merged
 * text is saved again against the version now stored — a new version descending from both —
 * and "theirs" writes nothing. A deletion is asked about the same way (delete the version now
 * stored, or keep it).
 */
export function useSaveAction() {
  const { t } = useTranslation();
  const ask = useAskSaveConflict();
  const [pending, setPending] = useState(false);
  const run = useCallback(
    async <R>(
      action: (options: RecordSaveOptions) => Promise<R>,
      options: SaveOptions = {},
    ): Promise<SaveOutcome<R>> => {
      setPending(true);
      try {
        let attempt: RecordSaveOptions = options.basedOn ? { basedOn: options.basedOn } : {};
        for (;;) {
          try {
            const value = await action(attempt);
            if (options.success) showConfirmation(options.success);
            return { ok: true, value, done: true };
          } catch (cause) {
            if (!(cause instanceof SaveConflictError) || !ask) throw cause;
            const choice = await ask(cause);
            // Closed without a choice: nothing written, the form stays open with its input.
            if (choice.kind === 'back') return { ok: false, done: false };
            attempt = afterChoice(attempt, cause, choice);
            if (choice.kind === 'theirs' && !cause.kind.alongside) {
              const done = cause.kind.deletion
                ? 'saveConflict.deletion.keptDone'
                : 'saveConflict.keptStoredDone';
              notifications.show({ message: t(done) });
              return { ok: false, done: true };
            }
          }
        }
      } catch (cause) {
        if (!options.handle?.(cause)) {
          console.error(cause);
          notifications.show({ color: 'red', message: t('errors.saveFailed') });
        }
        return { ok: false, done: false };
      } finally {
        setPending(false);
      }
    },
    [t, ask],
  );
  return { run, pending };
}

/**
 * The Save of a record form: writes against the version the input was typed on (the form draft's
 * `basedOn`) and tells the form frame whether its work is over, so the dialog closes. `frame` is
 * what every record form hands its FormModal.
 */
export function useRecordSave(
  draft: FormModalDraft & { basedOn: SaveBasis | null | undefined },
  onClose: () => void,
) {
  const { run, pending } = useSaveAction();
  const { basedOn } = draft;
  const saveRecord = useCallback(
    async (
      write: (options: RecordSaveOptions) => Promise<unknown>,
      success: string,
    ): Promise<{ saved: boolean }> => {
      const outcome = await run(write, { success, basedOn });
      return { saved: outcome.done };
    },
    [run, basedOn],
  );
  return { saveRecord, frame: { draft, saving: pending, onClose } };
}
