import { descend } from './descend';
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

export interface ResolveContext<T> {
  /** This laptop: a resolution is a new version made here. */
  device: string;
  now: string;
  /** The colleague's version kept beside mine ("both"), as a new record. */
  copyAsNew: (incoming: T) => T;
}

const isDeleted = (record: Versioned) => record.deletedAt !== null;

/**
 * Turns decisions plus the user's choices into the records to write. Every conflict needs a
 * choice, and each choice is a new version descending from both sides ("mine" and "theirs"
 * alike), so no laptop asks about that pair again; "both" also keeps theirs as a new record.
 */
export function resolveMerge<T extends Versioned>(
  decisions: readonly MergeDecision<T>[],
  resolutions: ReadonlyMap<string, Resolution>,
  context: ResolveContext<T>,
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
        const parents = [decision.local, decision.incoming];
        const kept = choice === 'theirs' ? decision.incoming : decision.local;
        writes.push(descend(kept, parents, context.device, context.now));
        if (choice === 'both') writes.push(context.copyAsNew(decision.incoming));
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
