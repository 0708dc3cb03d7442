import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBackup, readBackupFile, restoreBackup } from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import { deleteTour } from '../../../renderer/db/tours';
import { resetDb } from '../db/resetDb';
import { dumpDb, sampleTourWithPhoto } from './laptop';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

describe('a write that hits the storage quota', () => {
  beforeEach(resetDb);
  afterEach(() => vi.restoreAllMocks());

  it('fails with the quota message and leaves the database as it was', async () => {
    const { tourId } = await sampleTourWithPhoto();
    const decoded = await readBackupFile((await makeBackup({ tourId }, '0.1.0')).bytes);
    await deleteTour(tourId);
    const before = await dumpDb();

    // The attachments come last: by then tours, findings … have already been put in the transaction.
    vi.spyOn(db.attachments, 'bulkPut').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(restoreBackup(decoded)).rejects.toMatchObject({
      name: 'BackupError',
      code: 'quota-exceeded',
    });
    vi.restoreAllMocks();
    expect(await dumpDb()).toEqual(before);
  });

  it('any other write failure is reported as such, also with nothing written', async () => {
    const { tourId } = await sampleTourWithPhoto();
    const decoded = await readBackupFile((await makeBackup({ tourId }, '0.1.0')).bytes);
    await deleteTour(tourId);
    const before = await dumpDb();
    vi.spyOn(db.findings, 'bulkPut').mockRejectedValue(new Error('disk on fire'));
    await expect(restoreBackup(decoded)).rejects.toMatchObject({ code: 'write-failed' });
    vi.restoreAllMocks();
    expect(await dumpDb()).toEqual(before);
  });
});
