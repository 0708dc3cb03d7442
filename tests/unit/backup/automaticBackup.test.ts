import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOMATIC_BACKUP_NAME as SHELL_AUTOMATIC_NAME } from '../../../electron/backupsFolder';
import {
  AUTOMATIC_BACKUP_NAME,
  automaticBackupName,
  clearAutomaticBackupFailure,
  readAutomaticBackupFailure,
  readAutomaticBackupIndex,
  readBackupFile,
  recordAutomaticBackupFailure,
  readLastBackupAt,
  runAutomaticBackup,
  type BackupsFolder,
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

describe('rotation touches only the backups the app made', () => {
  beforeEach(resetDb);

  it("never deletes a user's own .ddbackup or .zip, even one named like an automatic backup", async () => {
    const { folder, files } = memoryFolder();
    // Copied in by the user before the app's first backup with an index… and after it.
    const userFiles = ['Budapest final.ddbackup', 'photos.zip', '2026-01-01T00-00-00Z.zip'];
    for (const name of userFiles)
      files.set(name, { bytes: new Uint8Array(1), modifiedAt: '2026-01-01T00:00:00Z' });
    await sampleTourWithPhoto();
    const start = new Date();
    const first = await runAutomaticBackup(folder, '0.1.0', start);
    expect(await readAutomaticBackupIndex()).toEqual([first]);
    const lookalike = '2025-01-01T00-00-00Z.ddbackup'; // named like the app's, but not in its index
    files.set(lookalike, { bytes: new Uint8Array(1), modifiedAt: '2025-01-01T00:00:00Z' });

    // Months later (every backup older than the retention): the app's old one goes, nothing else.
    const { findingId } = await sampleTourWithPhoto();
    expect(findingId).toBeDefined();
    const later = new Date(start.getTime() + 90 * 24 * 60 * 60_000);
    const second = await runAutomaticBackup(folder, '0.1.0', later);
    expect(second).not.toBeNull();
    const left = [...files.keys()].sort();
    expect(left).toEqual([...userFiles, lookalike, second!].sort());
    expect(await readAutomaticBackupIndex()).toEqual([second]);
  });

  it('adopts the app-named files of an earlier version (which kept no index) once, and only those', async () => {
    const { folder, files } = memoryFolder();
    const earlier = '2020-05-01T10-00-00Z.ddbackup';
    files.set(earlier, { bytes: new Uint8Array(1), modifiedAt: '2020-05-01T10:00:00Z' });
    files.set('mine.ddbackup', { bytes: new Uint8Array(1), modifiedAt: '2020-05-01T10:00:00Z' });
    await sampleTourWithPhoto();
    const written = await runAutomaticBackup(folder, '0.1.0', new Date());
    // The earlier version's backup is years old: rotated; the user's file stays.
    expect([...files.keys()].sort()).toEqual([written!, 'mine.ddbackup'].sort());
  });

  it('agrees with the desktop shell on the names it may delete', () => {
    expect(AUTOMATIC_BACKUP_NAME.source).toBe(SHELL_AUTOMATIC_NAME.source);
    expect(AUTOMATIC_BACKUP_NAME.test(automaticBackupName('2026-11-25T12:30:00.000Z'))).toBe(true);
  });
});

describe('a failed automatic backup is remembered until one succeeds', () => {
  beforeEach(resetDb);

  it('records, reads back and clears the failure', async () => {
    expect(await readAutomaticBackupFailure()).toBeNull();
    await recordAutomaticBackupFailure({ at: '2026-11-25T12:00:00.000Z', reason: 'disk-full' });
    expect(await readAutomaticBackupFailure()).toEqual({
      at: '2026-11-25T12:00:00.000Z',
      reason: 'disk-full',
    });
    await clearAutomaticBackupFailure();
    expect(await readAutomaticBackupFailure()).toBeNull();
  });

  it('a write that fails leaves the index and the last backup time as they were', async () => {
    const { folder } = memoryFolder();
    await sampleTourWithPhoto();
    const full: BackupsFolder = {
      ...folder,
      write: () => Promise.reject(new Error('disk full')),
    };
    await expect(runAutomaticBackup(full, '0.1.0', new Date())).rejects.toThrow('disk full');
    expect(await readAutomaticBackupIndex()).toEqual([]);
    expect(await readLastBackupAt()).toBeUndefined();
    // The next attempt is not held back by the failed one.
    expect(await runAutomaticBackup(folder, '0.1.0', new Date())).not.toBeNull();
  });
});
