import { mergeChangeLogs } from '../authorship/changeLog';
import { sameContent as defaultSameContent } from './sameContent';
import { compareVersions, type Versioned } from './versionStamp';
import { compareHistories, historyOf, joinHistories } from './versionVector';

/** What the merge does with one incoming record. Local records absent from the bundle stay as they are. */
export type MergeDecision<T extends Versioned> =
  /** The incoming version is the one here, or one this version descends from (already seen). */
  | { action: 'unchanged'; id: string; local: T; incoming: T }
  | { action: 'add'; id: string; incoming: T }
  /**
   * The incoming version descends from the one here (or, `quiet`, both say the same thing and
   * `incoming` is their common successor): it replaces it.
   */
  | { action: 'update'; id: string; local: T; incoming: T; quiet: boolean }
  /** Made concurrently with the one here and different: only a person can choose. */
  | { action: 'conflict'; id: string; local: T; incoming: T };

export interface PlanOptions<T> {
  sameContent?: (a: T, b: T) => boolean;
}

function decide<T extends Versioned>(local: T, incoming: T, options: PlanOptions<T>): MergeDecision<T> {
  const id = incoming.id;
  const same = (options.sameContent ?? defaultSameContent)(local, incoming);
  const ancestry = compareHistories(historyOf(incoming), historyOf(local));
  switch (ancestry) {
    case 'older':
      return { action: 'unchanged', id, local, incoming };
    case 'newer':
      return { action: 'update', id, local, incoming, quiet: same };
    case 'same':
      // One history, two contents: only a crafted file, or a counter held at its bound, makes
      // that. Nothing is decided silently.
      return same
        ? { action: 'unchanged', id, local, incoming }
        : { action: 'conflict', id, local, incoming };
    case 'concurrent': {
      if (!same) return { action: 'conflict', id, local, incoming };
      // Equal contents made on both sides are no conflict: every laptop keeps the same record,
      // stamped as the higher of the two, with a history that has seen both.
      const winner = compareVersions(incoming, local) > 0 ? incoming : local;
      const changes = mergeChangeLogs(local.changes, incoming.changes);
      const joined = {
        ...winner,
        vv: joinHistories(historyOf(local), historyOf(incoming)),
        ...(changes.length > 0 ? { changes } : {}),
      };
      return { action: 'update', id, local, incoming: joined, quiet: true };
    }
  }
}

/** Decides, record by record, how an incoming set merges into the local one. Pure. */
export function planMerge<T extends Versioned>(
  local: readonly T[],
  incoming: readonly T[],
  options: PlanOptions<T> = {},
): MergeDecision<T>[] {
  const localById = new Map(local.map((record) => [record.id, record]));
  return incoming.map((record) => {
    const mine = localById.get(record.id);
    return mine ? decide(mine, record, options) : { action: 'add', id: record.id, incoming: record };
  });
}
