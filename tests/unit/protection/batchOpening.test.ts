import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/database';
import {
  lockNow,
  LockedError,
  turnOnProtection,
  unlockWithPassphrase,
} from '../../../renderer/db/protection';
import { openBatchesWithWebCrypto } from '../../../renderer/db/protection/batchOpening';
import { readTourWith } from '../../../renderer/db/queries/tourRecords';
import { TOUR_RECORD_KINDS } from '../../../renderer/domain/tourBundle';
import { OpenError } from '../../../renderer/lib/crypto/webAesGcm';
import { sampleTourWithPhoto } from '../backup/laptop';
import { resetDb } from '../db/resetDb';
import { changeStoredByte } from './changeStoredByte';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };
const PASSPHRASE = 'Балатон осенью 2010';

/** Locked and unlocked again: nothing opened is remembered, every record is opened anew. */
async function unlockAfresh(): Promise<void> {
  lockNow();
  await unlockWithPassphrase(PASSPHRASE);
}

// Reads of many records are opened by WebCrypto in Chromium (db/protection/batchOpening.ts); here
// it is switched on for every read, however small, so that the sample tour takes that path.
describe('records read many at once, opened by WebCrypto', () => {
  beforeEach(async () => {
    await resetDb();
    openBatchesWithWebCrypto(false);
  });
  afterEach(() => openBatchesWithWebCrypto(false));

  it('reads the same tour as the synchronous cipher does', async () => {
    const { tourId } = await sampleTourWithPhoto();
    await turnOnProtection(PASSPHRASE, QUICK);
    await unlockAfresh();
    const bySync = await readTourWith(tourId, TOUR_RECORD_KINDS, { withDeleted: true });
    await unlockAfresh();
    openBatchesWithWebCrypto(true, 0);
    const byWebCrypto = await readTourWith(tourId, TOUR_RECORD_KINDS, { withDeleted: true });
    expect(byWebCrypto).toEqual(bySync);
    expect(byWebCrypto?.findings.length).toBeGreaterThan(0);
  });

  it('keeps the transaction open: reads and writes after the opened read still succeed', async () => {
    const { tourId } = await sampleTourWithPhoto();
    await turnOnProtection(PASSPHRASE, QUICK);
    await unlockAfresh();
    openBatchesWithWebCrypto(true, 0);
    const renamed = await db.transaction('rw', [db.tours, db.contacts], async () => {
      const contacts = await db.contacts.where('tourId').equals(tourId).toArray();
      const tour = await db.tours.get(tourId);
      await db.contacts.put({ ...contacts[0]!, familyName: 'Ковач' });
      return { tour, contacts };
    });
    expect(renamed.tour?.id).toBe(tourId);
    expect(renamed.contacts.length).toBeGreaterThan(0);
    await unlockAfresh();
    expect((await db.contacts.bulkGet([renamed.contacts[0]!.id]))[0]?.familyName).toBe('Ковач');
  });

  it('refuses a record whose stored bytes were changed', async () => {
    const { tourId } = await sampleTourWithPhoto();
    await turnOnProtection(PASSPHRASE, QUICK);
    const [finding] = await db.findings.where('tourId').equals(tourId).toArray();
    await changeStoredByte('findings', finding!.id, (length) => length - 3);
    await unlockAfresh();
    openBatchesWithWebCrypto(true, 0);
    await expect(db.findings.where('tourId').equals(tourId).toArray()).rejects.toThrow(OpenError);
    await expect(db.findings.bulkGet([finding!.id])).rejects.toThrow(OpenError);
  });

  it('hands out nothing when the database is locked while the records are being decrypted', async () => {
    const { tourId } = await sampleTourWithPhoto();
    await turnOnProtection(PASSPHRASE, QUICK);
    await unlockAfresh();
    openBatchesWithWebCrypto(true, 0);
    const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
    const spy = vi.spyOn(crypto.subtle, 'decrypt').mockImplementation((...args) => {
      lockNow();
      return decrypt(...args);
    });
    try {
      await expect(db.findings.where('tourId').equals(tourId).toArray()).rejects.toBeInstanceOf(LockedError);
    } finally {
      spy.mockRestore();
    }
  });
});
