import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBackupFile, readLastBackupAt, runAutomaticBackup } from '../../../renderer/db/backup';
import type { BackupsFolder } from '../../../renderer/db/backup/automaticBackup';
import { db, DelegationDeskDb } from '../../../renderer/db/database';
import { protectionMode, turnOnProtection } from '../../../renderer/db/protection';
import { listByTour } from '../../../renderer/db/repository';
import { sampleTourWithPhoto } from '../backup/laptop';
import { resetDb } from '../db/resetDb';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

// Small Argon2id parameters keep the tests quick.
const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };
const PASSPHRASE = 'Балатон осенью 2010';

/** A backups folder whose first write waits until `release` (the backup is then under way). */
function slowFolder() {
  const files = new Map<string, Uint8Array>();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let writing!: () => void;
  const writeStarted = new Promise<void>((resolve) => (writing = resolve));
  const folder: BackupsFolder = {
    async write(name, bytes) {
      writing();
      await released;
      files.set(name, bytes);
    },
    list: async () => [...files.keys()].map((name) => ({ name, modifiedAt: new Date().toISOString() })),
    remove: async (name) => void files.delete(name),
  };
  return { folder, files, writeStarted, release };
}

/** Calls `whenCopying` each time turning protection on opens its new database (the copy begins). */
function onCopyStart(whenCopying: () => void) {
  const open = DelegationDeskDb.prototype.open;
  vi.spyOn(DelegationDeskDb.prototype, 'open').mockImplementation(function (this: DelegationDeskDb) {
    if (this !== db) whenCopying();
    return open.call(this);
  });
}

describe('turning protection on while the app writes', () => {
  beforeEach(resetDb);
  afterEach(() => vi.restoreAllMocks());

  it('waits for an automatic backup under way, says so, and then encrypts everything, its bookkeeping too', async () => {
    const { tourId } = await sampleTourWithPhoto();
    const findings = await listByTour(db.findings, tourId);
    const { folder, files, writeStarted, release } = slowFolder();
    const backup = runAutomaticBackup(folder, '0.1.0', new Date());
    await writeStarted;
    // Before the fix, the copy ran meanwhile and the backup's last writes spoilt it ("the data changed
    // while it was being encrypted"). The backup is let go when turning on waits for it, or (if it
    // did not) when the copy begins.
    let waited = false;
    onCopyStart(release);
    const recoveryKey = await turnOnProtection(PASSPHRASE, QUICK, () => {
      waited = true;
      release();
    });
    expect(waited).toBe(true);
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(protectionMode()).toBe('unlocked');
    const name = await backup;
    expect(name).not.toBeNull();
    expect((await readBackupFile(files.get(name!)!)).data.records.findings).toHaveLength(findings.length);
    expect(await readLastBackupAt()).toBeDefined();
    expect(await listByTour(db.findings, tourId)).toEqual(findings);
  });

  it('makes the copy again when something else is written while it is made, keeping that write', async () => {
    const { tourId } = await sampleTourWithPhoto();
    const findings = await listByTour(db.findings, tourId);
    let copies = 0;
    onCopyStart(() => {
      copies += 1;
      if (copies === 1) void db.settings.put({ key: 'typed meanwhile', value: 'kept' });
    });
    await turnOnProtection(PASSPHRASE, QUICK);
    expect(copies).toBe(2);
    expect(protectionMode()).toBe('unlocked');
    expect((await db.settings.get('typed meanwhile'))?.value).toBe('kept');
    expect(await listByTour(db.findings, tourId)).toEqual(findings);
  });

  it('starts no automatic backup during the copy: one asked then runs after, on the encrypted data', async () => {
    await sampleTourWithPhoto();
    const files = new Map<string, Uint8Array>();
    const folder: BackupsFolder = {
      write: async (name, bytes) => void files.set(name, bytes),
      list: async () => [],
      remove: async () => undefined,
    };
    let backup: Promise<string | null> | null = null;
    onCopyStart(() => {
      backup ??= runAutomaticBackup(folder, '0.1.0', new Date());
    });
    await turnOnProtection(PASSPHRASE, QUICK);
    expect(protectionMode()).toBe('unlocked');
    expect(backup).not.toBeNull();
    expect(await backup).not.toBeNull();
    expect(files.size).toBe(1);
  });
});
