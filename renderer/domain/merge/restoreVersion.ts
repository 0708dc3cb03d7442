import { descend } from './descend';
import { versionStamp, type Versioned } from './versionStamp';
import { compareHistories, historyOf } from './versionVector';

/**
 * What restoring a backup writes for one record (null: nothing). Restore is not an edit: the
 * backup's version comes back with its own history, so when it meets a newer version on a
 * colleague's laptop it is recognised as older and the newer one wins there and, on the next
 * exchange, here. One exception: a record deleted here that the backup holds alive is brought
 * back on purpose, and a record this laptop changed since the backup is rolled back on purpose:
 * both are new versions descending from the one here, so they travel to the colleagues who
 * received the deletion or the change instead of being undone by them. A colleague's newer
 * version met here is never overruled by a restore.
 */
export function restoreVersion<T extends Versioned>(
  local: T | undefined,
  backup: T,
  device: string,
  now: string,
): T | null {
  if (!local) return backup;
  if (versionStamp(local) === versionStamp(backup) && local.deletedAt === backup.deletedAt) return null;
  if (compareHistories(historyOf(backup), historyOf(local)) === 'newer') return backup;
  const undeletes = local.deletedAt !== null && backup.deletedAt === null;
  // Rolling back versions this laptop made since the backup is a change of this laptop: they may
  // have left in an exchange file, and its own counter must never go back (a later edit would
  // reuse it and name a different version with the same history).
  const rollsBackMine = (historyOf(local)[device] ?? 0) > (historyOf(backup)[device] ?? 0);
  if (undeletes || rollsBackMine) return descend(backup, [local, backup], device, now);
  return backup;
}
