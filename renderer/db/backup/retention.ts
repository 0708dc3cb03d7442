/** A file in the automatic backups folder (as the desktop shell lists it). */
export interface KeptBackup {
  name: string;
  /** ISO time of the last modification. */
  modifiedAt: string;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface RetentionPolicy {
  /** Every backup younger than this is kept (the five-minute snapshots of the last hour). */
  keepAllWithinMs: number;
  /** Within this, the newest backup of each hour (UTC) is kept. */
  hourlyWithinMs: number;
  /** Within this, the newest backup of each day (UTC) is kept. */
  dailyWithinMs: number;
}

/** The last hour in full, hourly snapshots for the last day, daily ones for a month. */
export const AUTOMATIC_BACKUP_RETENTION: RetentionPolicy = {
  keepAllWithinMs: HOUR_MS,
  hourlyWithinMs: DAY_MS,
  dailyWithinMs: 30 * DAY_MS,
};

/** "2026-11-25T14-32-10Z.ddbackup" → its time; the name, not the file's date, says when it was made. */
const NAMED_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\./;

/** When a backup was made: from its app-given name, else the file's modification time. */
export function backupMadeAt(backup: KeptBackup): number {
  const match = NAMED_TIME.exec(backup.name);
  const fromName = match ? Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`) : Number.NaN;
  return Number.isNaN(fromName) ? Date.parse(backup.modifiedAt) : fromName;
}

/**
 * Which automatic backups to delete: everything except those of the last hour, the newest of each
 * hour of the last day, the newest of each day of the last month, and the newest backup of all
 * (a laptop left shut for two months still has its last one). A backup dated in the future (a clock
 * set back) is kept. Pure, so it is tested with fixed dates and no disk.
 */
export function backupsToDelete(
  backups: readonly KeptBackup[],
  now: Date,
  policy: RetentionPolicy = AUTOMATIC_BACKUP_RETENTION,
): string[] {
  const dated = backups
    .map((backup) => ({ name: backup.name, at: backupMadeAt(backup) }))
    .sort((a, b) => b.at - a.at || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  if (dated[0]) keep.add(dated[0].name);
  const hoursSeen = new Set<number>();
  const daysSeen = new Set<number>();
  for (const { name, at } of dated) {
    if (Number.isNaN(at)) {
      keep.add(name); // a time we cannot read is not a reason to delete
      continue;
    }
    const age = now.getTime() - at;
    if (age < policy.keepAllWithinMs) keep.add(name);
    const hour = Math.floor(at / HOUR_MS);
    if (age < policy.hourlyWithinMs && !hoursSeen.has(hour)) {
      hoursSeen.add(hour);
      keep.add(name);
    }
    const day = Math.floor(at / DAY_MS);
    if (age < policy.dailyWithinMs && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(name);
    }
  }
  return dated.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}
