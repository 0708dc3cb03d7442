import type { MergeDecision } from './planMerge';
import type { Versioned } from './versionStamp';

/** The user's choice for one conflict: my version, the colleague's, or both as separate records. */
export type Resolution = 'mine' | 'theirs' | 'both';

export interface MergeSummary {
  added: number;
  updated: number;
  deleted: number;
  conflictsResolved: number;
}

export const EMPTY_SUMMARY: MergeSummary = { added: 0, updated: 0, deleted: 0, conflictsResolved: 0 };

export class UnresolvedConflictsError extends Error {
  constructor(readonly ids: string[]) {
    super(`Conflicts without a choice: ${ids.join(', ')}`);
    this.name = 'UnresolvedConflictsError';
  }
}

export interface ResolvedMerge<T> {
  /** Records to put, as they are (incoming versions keep their stamps so both laptops can recognise them). */
  writes: T[];
  summary: MergeSummary;
}

const isDeleted = (record: Versioned) => record.deletedAt !== null;

/**
 * Turns decisions plus the user's choices into the records to write. Every conflict needs a
 * choice; nothing is ever dropped: "mine" keeps the local record, "theirs" stores the
 * incoming one, "both" keeps mine and stores theirs as a new record made by `copyAsNew`.
 */
export function resolveMerge<T extends Versioned>(
  decisions: readonly MergeDecision<T>[],
  resolutions: ReadonlyMap<string, Resolution>,
  copyAsNew: (incoming: T) => T,
): ResolvedMerge<T> {
  const unresolved = decisions
    .filter((decision) => decision.action === 'conflict' && !resolutions.has(decision.id))
    .map((decision) => decision.id);
  if (unresolved.length > 0) throw new UnresolvedConflictsError(unresolved);

  const writes: T[] = [];
  const summary = { ...EMPTY_SUMMARY };
  for (const decision of decisions) {
    switch (decision.action) {
      case 'unchanged':
        break;
      case 'add':
        writes.push(decision.incoming);
        // A tombstone of a record never seen here is kept (so it travels on) but is no visible change.
        if (!isDeleted(decision.incoming)) summary.added += 1;
        break;
      case 'update':
        writes.push(decision.incoming);
        if (decision.quiet) break;
        if (isDeleted(decision.incoming) && !isDeleted(decision.local)) summary.deleted += 1;
        else summary.updated += 1;
        break;
      case 'conflict': {
        const choice = resolutions.get(decision.id);
        if (choice === 'theirs') writes.push(decision.incoming);
        if (choice === 'both') writes.push(copyAsNew(decision.incoming));
        summary.conflictsResolved += 1;
        break;
      }
    }
  }
  return { writes, summary };
}

export function addSummaries(a: MergeSummary, b: MergeSummary): MergeSummary {
  return {
    added: a.added + b.added,
    updated: a.updated + b.updated,
    deleted: a.deleted + b.deleted,
    conflictsResolved: a.conflictsResolved + b.conflictsResolved,
  };
}
