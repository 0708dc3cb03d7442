import { mergeChangeLogs } from '../authorship/changeLog';
import type { Versioned } from './versionStamp';
import { MAX_COUNTER, advanceHistory, historyOf, joinHistories } from './versionVector';

/**
 * A new version made on `device`, with the fields of `content`, descending from every one of
 * `parents`: an edit (one parent) or a conflict's resolution (both sides as parents), which is
 * why a resolution wins on every laptop without being asked again. The revision is the
 * CouchDB-style generation: one more than the longest parent's.
 */
export function descend<T extends Versioned>(
  content: T,
  parents: readonly Versioned[],
  device: string,
  now: string,
): T {
  const joined = parents.map(historyOf).reduce(joinHistories, {});
  const generation = Math.max(0, ...parents.map((parent) => parent.revision));
  // Both sides' short histories are kept: after a resolution every laptop shows who changed what.
  const changes = mergeChangeLogs(content.changes, ...parents.map((parent) => parent.changes));
  return {
    ...content,
    ...(changes.length > 0 ? { changes } : {}),
    vv: advanceHistory(joined, device),
    revision: Math.min(generation + 1, MAX_COUNTER),
    updatedAt: now,
    deviceId: device,
  };
}
