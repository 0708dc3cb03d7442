import { describe, expect, it } from 'vitest';
import { automaticBackupName } from '../../../renderer/db/backup/automaticBackup';
import { backupMadeAt, backupsToDelete, type KeptBackup } from '../../../renderer/db/backup/retention';

const NOW = new Date('2026-11-30T18:02:00.000Z');
const MINUTE = 60_000;

/** A backup made `minutesAgo` before NOW, named as the app names it; the file's date says nothing. */
function madeAgo(minutesAgo: number): KeptBackup {
  const iso = new Date(NOW.getTime() - minutesAgo * MINUTE).toISOString();
  return { name: automaticBackupName(iso), modifiedAt: '2026-12-01T00:00:00.000Z' };
}

function kept(backups: KeptBackup[]): KeptBackup[] {
  const removed = new Set(backupsToDelete(backups, NOW));
  return backups.filter((backup) => !removed.has(backup.name));
}

describe('retention of automatic backups: hourly for a day, daily for a month', () => {
  it('reads the time from the name the app gave, not from the file date', () => {
    expect(backupMadeAt({ name: '2026-11-25T14-32-10Z.ddbackup', modifiedAt: '2027-01-01T00:00:00Z' })).toBe(
      Date.parse('2026-11-25T14:32:10Z'),
    );
    expect(backupMadeAt({ name: 'mine.ddbackup', modifiedAt: '2026-11-25T14:32:10.000Z' })).toBe(
      Date.parse('2026-11-25T14:32:10Z'),
    );
  });

  it('keeps a whole working day of five-minute snapshots as one an hour, and the last hour in full', () => {
    // Every five minutes for the last ten hours.
    const all = Array.from({ length: 10 * 12 }, (_, i) => madeAgo(i * 5));
    const left = kept(all).map((backup) => backupMadeAt(backup));
    // The last hour in full (0, 5, … 55 minutes ago).
    for (let i = 0; i < 12; i += 1) expect(left).toContain(backupMadeAt(madeAgo(i * 5)));
    // One in each of the ten-or-eleven clock hours the day touched, never two in an older hour.
    const olderHours = left
      .filter((at) => NOW.getTime() - at >= 60 * MINUTE)
      .map((at) => Math.floor(at / (60 * MINUTE)));
    expect(new Set(olderHours).size).toBe(olderHours.length);
    const hoursTouched = new Set(all.map((backup) => Math.floor(backupMadeAt(backup) / (60 * MINUTE))));
    expect(new Set(left.map((at) => Math.floor(at / (60 * MINUTE)))).size).toBe(hoursTouched.size);
    // The newest of each hour is the one kept.
    expect(left).toContain(Date.parse('2026-11-30T16:57:00Z'));
    expect(left).not.toContain(Date.parse('2026-11-30T16:52:00Z'));
  });

  it('keeps one a day for a month and nothing older, except the newest of all', () => {
    // Four a day (every six hours) for 40 days.
    const all = Array.from({ length: 40 * 4 }, (_, i) => madeAgo(i * 6 * 60));
    const left = kept(all);
    const days = left.map((backup) => new Date(backupMadeAt(backup)).toISOString().slice(0, 10));
    // Within the last day: the four of it (each its own hour); beyond: one a day up to 30 days.
    expect(left.filter((backup) => NOW.getTime() - backupMadeAt(backup) < 24 * 60 * MINUTE)).toHaveLength(4);
    expect(Math.min(...left.map(backupMadeAt))).toBeGreaterThan(NOW.getTime() - 30 * 24 * 60 * MINUTE);
    const olderThanADay = left.filter((backup) => NOW.getTime() - backupMadeAt(backup) >= 24 * 60 * MINUTE);
    const olderDays = olderThanADay.map((backup) =>
      new Date(backupMadeAt(backup)).toISOString().slice(0, 10),
    );
    expect(new Set(olderDays).size).toBe(olderDays.length);
    expect(new Set(days).size).toBeGreaterThanOrEqual(30);
  });

  it('never deletes the newest backup, however old, nor one dated in the future', () => {
    const old = [madeAgo(60 * 24 * 60), madeAgo(61 * 24 * 60)];
    expect(backupsToDelete(old, NOW)).toEqual([old[1]!.name]);
    const future = madeAgo(-120);
    expect(backupsToDelete([future, madeAgo(5)], NOW)).toEqual([]);
  });

  it('keeps a file whose time cannot be read', () => {
    expect(backupsToDelete([{ name: 'x.ddbackup', modifiedAt: 'not a date' }, madeAgo(5)], NOW)).toEqual([]);
  });
});
