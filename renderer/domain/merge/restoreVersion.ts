import { descend } from './descend';
import { versionStamp, type Versioned } from './versionStamp';
import { compareHistories, historyOf } from './versionVector';

/**
 * What restoring a backup writes for one record (null: nothing). Restore is not an edit: the
 * backup's version comes back with its own history, so when it meets a newer version on a
 * colleague's laptop it is recognised as older and the newer one wins there and, on the next
 * exchange, here. One exception: a record deleted here that the backup holds alive is brought
 * back on purpose, which is a new version descending from the deletion, so that bringing it
 * back travels to the colleagues who received the deletion instead of being undone by them.
 */
export function restoreVersion<T extends Versioned>(
  local: T | undefined,
  backup: T,
  device: string,
  now: string,
): T | null {
  if (!local) return backup;
  if (versionStamp(local) === versionStamp(backup) && local.deletedAt === backup.deletedAt) return null;
  const undeletes = local.deletedAt !== null && backup.deletedAt === null;
  if (undeletes && compareHistories(historyOf(backup), historyOf(local)) !== 'newer')
    return descend(backup, [local, backup], device, now);
  return backup;
}
