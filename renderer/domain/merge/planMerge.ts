import { sameContent as defaultSameContent } from './sameContent';
import { compareVersions, versionStamp, type Versioned } from './versionStamp';

/**
 * For each record id, the versions both laptops are known to have held since they last
 * exchanged: what I last received from the colleague, and what the colleague says it last
 * received from me. A side still holding one of these has not changed the record since.
 */
export type KnownVersions = (id: string) => ReadonlySet<string> | undefined;

/** What the merge does with one incoming record. Local records absent from the bundle stay as they are. */
export type MergeDecision<T extends Versioned> =
  | { action: 'unchanged'; id: string; local: T; incoming: T }
  | { action: 'add'; id: string; incoming: T }
  /** `quiet`: the contents are equal, only the stamps differ; nothing visible changes. */
  | { action: 'update'; id: string; local: T; incoming: T; quiet: boolean }
  | { action: 'conflict'; id: string; local: T; incoming: T };

export interface PlanOptions<T> {
  known: KnownVersions;
  sameContent?: (a: T, b: T) => boolean;
}

function decide<T extends Versioned>(local: T, incoming: T, options: PlanOptions<T>): MergeDecision<T> {
  const id = incoming.id;
  const localStamp = versionStamp(local);
  const incomingStamp = versionStamp(incoming);
  if (localStamp === incomingStamp) return { action: 'unchanged', id, local, incoming };

  const same = options.sameContent ?? defaultSameContent;
  const newer = compareVersions(incoming, local) > 0;
  // Equal contents are never a conflict: both laptops keep the higher stamp.
  if (same(local, incoming)) {
    return newer
      ? { action: 'update', id, local, incoming, quiet: true }
      : { action: 'unchanged', id, local, incoming };
  }

  const known = options.known(id);
  const localUnchanged = known?.has(localStamp) ?? false;
  const incomingUnchanged = known?.has(incomingStamp) ?? false;
  if (localUnchanged && !incomingUnchanged) return { action: 'update', id, local, incoming, quiet: false };
  if (incomingUnchanged && !localUnchanged) return { action: 'unchanged', id, local, incoming };
  if (localUnchanged && incomingUnchanged) {
    // Both are versions already exchanged once; the later one supersedes the other.
    return newer
      ? { action: 'update', id, local, incoming, quiet: false }
      : { action: 'unchanged', id, local, incoming };
  }
  // Both sides changed the record since they last exchanged: only a person can choose.
  return { action: 'conflict', id, local, incoming };
}

/** Decides, record by record, how an incoming set merges into the local one. Pure. */
export function planMerge<T extends Versioned>(
  local: readonly T[],
  incoming: readonly T[],
  options: PlanOptions<T>,
): MergeDecision<T>[] {
  const localById = new Map(local.map((record) => [record.id, record]));
  return incoming.map((record) => {
    const mine = localById.get(record.id);
    return mine ? decide(mine, record, options) : { action: 'add', id: record.id, incoming: record };
  });
}
