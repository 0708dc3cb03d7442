import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  automaticBackupName,
  backupsToDelete,
  readBackupFile,
  readLastBackupAt,
  runAutomaticBackup,
  type BackupsFolder,
  type KeptBackup,
} from '../../../renderer/db/backup';
import { findings } from '../../../renderer/db/repositories';
import { resetDb } from '../db/resetDb';
import { sampleTourWithPhoto } from './laptop';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** A backups folder in memory, as the desktop shell would keep it on disk. */
function memoryFolder() {
  const files = new Map<string, { bytes: Uint8Array; modifiedAt: string }>();
  const folder: BackupsFolder = {
    async write(name, bytes) {
      files.set(name, { bytes, modifiedAt: new Date().toISOString() });
    },
    async list() {
      return [...files].map(([name, file]) => ({ name, modifiedAt: file.modifiedAt }));
    },
    async remove(name) {
      files.delete(name);
    },
  };
  return { folder, files };
}

const at = (day: number, hour: number): KeptBackup => {
  const iso = new Date(Date.UTC(2026, 10, day, hour)).toISOString();
  return { name: automaticBackupName(iso), modifiedAt: iso };
};

describe('retention of automatic backups', () => {
  it('keeps the last 20 and one per day for 30 days', () => {
    const now = new Date(Date.UTC(2026, 10, 30, 23));
    // Ten backups a day for the whole month.
    const all = Array.from({ length: 30 }, (_, d) =>
      Array.from({ length: 10 }, (_, h) => at(d + 1, h)),
    ).flat();
    const removed = new Set(backupsToDelete(all, now));
    const kept = all.filter((backup) => !removed.has(backup.name));
    const newest = [...all].sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : -1));
    for (const backup of newest.slice(0, 20)) expect(kept).toContainEqual(backup);
    const days = new Set(kept.map((backup) => backup.modifiedAt.slice(0, 10)));
    expect(days.size).toBe(30);
    // 20 newest (the last two days) + one for each of the other 28 days.
    expect(kept).toHaveLength(20 + 28);
  });

  it('drops daily backups older than 30 days', () => {
    const now = new Date(Date.UTC(2026, 11, 31));
    const old = [at(1, 1), at(2, 1)];
    const recent = Array.from({ length: 20 }, (_, h) => at(30, h % 24));
    expect(backupsToDelete([...old, ...recent], now).sort()).toEqual(old.map((b) => b.name).sort());
  });
});

describe('automatic backups', () => {
  beforeEach(resetDb);

  it('write a backup after changes, at most every five minutes, and one that restores', async () => {
    const { folder, files } = memoryFolder();
    const start = new Date();
    expect(await runAutomaticBackup(folder, '0.1.0', start)).toBeNull(); // nothing to back up yet

    const { findingId } = await sampleTourWithPhoto();
    const first = await runAutomaticBackup(folder, '0.1.0', start);
    expect(first).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.ddbackup$/);
    expect(await readLastBackupAt()).toBeDefined();
    const decoded = await readBackupFile(files.get(first!)!.bytes);
    expect(decoded.data.records.attachments).toHaveLength(1);

    const stored = await findings.get(findingId);
    await findings.save({ ...stored!, tags: ['changed'] });
    const soon = new Date(start.getTime() + 60_000);
    expect(await runAutomaticBackup(folder, '0.1.0', soon)).toBeNull(); // too soon
    const later = new Date(start.getTime() + 6 * 60_000);
    expect(await runAutomaticBackup(folder, '0.1.0', later)).not.toBeNull();
    // No change since: nothing more is written.
    const muchLater = new Date(start.getTime() + 20 * 60_000);
    expect(await runAutomaticBackup(folder, '0.1.0', muchLater)).toBeNull();
  });
});
