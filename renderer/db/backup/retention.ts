/** A file in the automatic backups folder (as the desktop shell lists it). */
export interface KeptBackup {
  name: string;
  /** ISO time of the last modification. */
  modifiedAt: string;
}

export interface RetentionPolicy {
  /** The newest backups kept whatever their age. */
  keepLatest: number;
  /** Beyond those, the newest backup of each of the last N days. */
  keepDaily: number;
}

export const AUTOMATIC_BACKUP_RETENTION: RetentionPolicy = { keepLatest: 20, keepDaily: 30 };

/**
 * Which automatic backups to delete: everything except the newest `keepLatest` and the newest
 * one of each calendar day (UTC) of the last `keepDaily` days. Pure, so it is tested without disks.
 */
export function backupsToDelete(
  backups: readonly KeptBackup[],
  now: Date,
  policy: RetentionPolicy = AUTOMATIC_BACKUP_RETENTION,
): string[] {
  const newestFirst = [...backups].sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, policy.keepLatest).map((backup) => backup.name));
  const oldestDay = new Date(now.getTime() - policy.keepDaily * 24 * 60 * 60 * 1000)
    .toISOString()
    .slice(0, 10);
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.modifiedAt.slice(0, 10);
    if (day < oldestDay || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup.name);
  }
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}
