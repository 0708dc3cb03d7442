import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Tour } from '../../domain/entities';

/**
 * What saving an editor's input before an export came to: nothing to save, saved (the tour as it
 * now stands), or not saved (a field to correct, a conflict the user backed out of, an error:
 * the editor has said why).
 */
export type CommitOutcome = { kind: 'unchanged' } | { kind: 'saved'; tour: Tour } | { kind: 'failed' };

/**
 * The Documents screen's editors of the tour (the requisites) whose input is not saved yet. An
 * export saves it first and writes the document from the tour so saved: what the user sees on
 * the screen is what is exported, and remembered, without a separate "Save".
 */
export interface PendingEdits {
  register(id: string, commit: () => Promise<CommitOutcome>): () => void;
  /** Saves every editor's input in turn; stops at the first that was not saved. */
  commitAll(): Promise<CommitOutcome>;
}

export const PendingEditsContext = createContext<PendingEdits | null>(null);

/** The registry of one screen: made once, given to its editors through `PendingEditsContext`. */
export function usePendingEdits(): PendingEdits {
  const commits = useRef(new Map<string, () => Promise<CommitOutcome>>());
  return useMemo<PendingEdits>(
    () => ({
      register(id, commit) {
        commits.current.set(id, commit);
        return () => {
          if (commits.current.get(id) === commit) commits.current.delete(id);
        };
      },
      async commitAll() {
        let outcome: CommitOutcome = { kind: 'unchanged' };
        for (const commit of [...commits.current.values()]) {
          const next = await commit();
          if (next.kind === 'failed') return next;
          if (next.kind === 'saved') outcome = next;
        }
        return outcome;
      },
    }),
    [],
  );
}

/** An editor's part: its save runs before an export while its input differs from what is stored. */
export function useCommitBeforeExport(id: string, dirty: boolean, commit: () => Promise<CommitOutcome>) {
  const registry = useContext(PendingEditsContext);
  // The latest commit (it closes over the input as typed), without registering again on every key.
  const latest = useRef(commit);
  useLayoutEffect(() => {
    latest.current = commit;
  });
  useEffect(() => {
    if (!registry || !dirty) return;
    return registry.register(id, () => latest.current());
  }, [registry, id, dirty]);
}
