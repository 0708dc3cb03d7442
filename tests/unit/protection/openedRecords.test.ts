import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/database';
import { lockNow, LockedError, turnOnProtection } from '../../../renderer/db/protection';
import { listByTour } from '../../../renderer/db/repository';
import { OpenError } from '../../../renderer/lib/crypto/webAesGcm';
import { resetDb } from '../db/resetDb';
import { sampleTourWithPhoto } from '../backup/laptop';
import { changeStoredByte } from './changeStoredByte';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };

// Records read again are not decrypted again when their stored bytes are those opened before
// (db/protection/openedRecords.ts): what the user sees must be what is stored, and nothing else.
describe('records read again while unlocked', () => {
  beforeEach(resetDb);

  it('shows a record as last written, and refuses it once its stored bytes were changed', async () => {
    const { tourId } = await sampleTourWithPhoto();
    await turnOnProtection('Балатон осенью 2010', QUICK);
    const [contact] = await listByTour(db.contacts, tourId);
    expect((await db.contacts.get(contact!.id))?.familyName).toBe(contact!.familyName);

    await db.contacts.put({ ...contact!, familyName: 'Ковач' });
    expect((await db.contacts.get(contact!.id))?.familyName).toBe('Ковач');
    expect((await db.contacts.toArray()).map((each) => each.familyName)).toContain('Ковач');

    await changeStoredByte('contacts', contact!.id);
    await expect(db.contacts.get(contact!.id)).rejects.toThrow(OpenError);
    await expect(db.contacts.where('tourId').equals(tourId).toArray()).rejects.toThrow(OpenError);
  });

  it('reads nothing once locked, records read before included', async () => {
    const { tourId } = await sampleTourWithPhoto();
    await turnOnProtection('Балатон осенью 2010', QUICK);
    expect((await listByTour(db.findings, tourId)).length).toBeGreaterThan(0);
    lockNow();
    await expect(db.findings.where('tourId').equals(tourId).toArray()).rejects.toBeInstanceOf(LockedError);
  });
});
