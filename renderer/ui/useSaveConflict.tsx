import { useCallback, useState, type ReactNode } from 'react';
import { SaveConflictError, type SaveBasis, type SaveOptions } from '../domain/merge';
import { SaveConflictDialog } from './SaveConflictDialog';

type Opened = SaveBasis;

/** The user kept the version saved meanwhile: nothing was written, the form can close. */
export class KeptStoredVersion extends Error {
  constructor() {
    super('Kept the version saved meanwhile');
    this.name = 'KeptStoredVersion';
  }
}

export interface GuardedSave {
  /**
   * Runs `save` against the version the form was opened on (`opened`, null for a new record).
   * When the record changed meanwhile, shows both versions: "keep mine" saves again on top of
   * the version now stored (a new version descending from it), "keep the saved one" writes
   * nothing and rejects with KeptStoredVersion.
   */
  guardedSave<T>(save: (options: SaveOptions) => Promise<T>, opened: Opened | null): Promise<T>;
  /** Render it inside the form: the dialog, while a choice is pending. */
  dialog: ReactNode;
}

/** Optimistic concurrency for a form's save: nothing saved meanwhile is overwritten unseen. */
export function useSaveConflict(): GuardedSave {
  const [pending, setPending] = useState<{
    conflict: SaveConflictError;
    answer(keepMine: boolean): void;
  } | null>(null);

  const ask = useCallback(
    (conflict: SaveConflictError) =>
      new Promise<boolean>((resolve) =>
        setPending({
          conflict,
          answer: (keepMine) => {
            setPending(null);
            resolve(keepMine);
          },
        }),
      ),
    [],
  );

  const guardedSave = useCallback(
    async <T,>(save: (options: SaveOptions) => Promise<T>, opened: Opened | null): Promise<T> => {
      let basedOn: Opened | undefined = opened ?? undefined;
      for (;;) {
        try {
          return await save({ basedOn });
        } catch (error) {
          if (!(error instanceof SaveConflictError)) throw error;
          if (!(await ask(error))) throw new KeptStoredVersion();
          basedOn = error.stored;
        }
      }
    },
    [ask],
  );

  const dialog = pending ? (
    <SaveConflictDialog conflict={pending.conflict} onChoose={pending.answer} />
  ) : null;
  return { guardedSave, dialog };
}
