import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBackup, readBackupFile, restoreBackup } from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import { exportForExchange, planExchangeImport, applyExchangeImport } from '../../../renderer/db/exchange';
import {
  changePassphrase,
  lockNow,
  LockedError,
  protectionMode,
  turnOnProtection,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  WrongSecretError,
} from '../../../renderer/db/protection';
import { UnsealedBlobError } from '../../../renderer/db/protection/recordSeal';
import { listByTour } from '../../../renderer/db/repository';
import { addFindingPhotos } from '../../../renderer/db/findings';
import { resetDb } from '../db/resetDb';
import { sampleTourWithPhoto } from '../backup/laptop';

// Each "laptop" of the round trips has its own device id (the app keeps it in memory).
vi.mock('../../../renderer/db/settings', async (importOriginal) =>
  (await import('../backup/laptopDeviceId')).withPerLaptopDeviceId(await importOriginal()),
);

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

// Small Argon2id parameters keep the tests quick; the defaults are measured by `npm run bench`.
const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };
const PASSPHRASE = 'Балатон осенью 2010';

/** Every value of every object store, read with the raw IndexedDB API (not Dexie), as text. */
async function rawStoreText(): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(db.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const names = [...idb.objectStoreNames];
  const transaction = idb.transaction(names, 'readonly');
  const values = await Promise.all(
    names.map(
      (name) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = transaction.objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  idb.close();
  // Sealed bytes are Uint8Arrays: written as their bytes read as Latin-1 and UTF-8 text, so that
  // a plain name hidden in them would be found too.
  return JSON.stringify(values, (_key, value: unknown) =>
    value instanceof Uint8Array
      ? new TextDecoder('latin1').decode(value) + new TextDecoder().decode(value)
      : value,
  );
}

/** Names, e-mails and finding texts of the sample tour, as stored. */
async function secretsOfSample(tourId: string): Promise<string[]> {
  const contacts = await listByTour(db.contacts, tourId);
  const delegates = await listByTour(db.delegates, tourId);
  const findings = await listByTour(db.findings, tourId);
  const texts = [
    ...contacts.flatMap((contact) => contact.emails),
    ...contacts.flatMap((contact) => [contact.familyName, contact.givenName]),
    ...delegates.flatMap((delegate) => [delegate.familyName, delegate.givenName]),
    ...findings.flatMap((finding) => Object.values(finding.text ?? {})),
  ].filter((text): text is string => typeof text === 'string' && text.length >= 6);
  expect(texts.length).toBeGreaterThan(20);
  return texts.map((text) => text.slice(0, 24));
}

describe('encryption at rest', () => {
  beforeEach(resetDb);

  it('keeps no name, e-mail or finding text in the raw store once protected (and does before)', async () => {
    const { tourId } = await sampleTourWithPhoto();
    const secrets = await secretsOfSample(tourId);
    const plain = await rawStoreText();
    for (const secret of secrets) expect(plain, 'control: plain database').toContain(secret);

    const recoveryKey = await turnOnProtection(PASSPHRASE, QUICK);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(protectionMode()).toBe('unlocked');
    const sealed = await rawStoreText();
    for (const secret of secrets) expect(sealed).not.toContain(secret);
    // The app still reads everything, indexes included.
    expect(await secretsOfSample(tourId)).toEqual(secrets);
    const [photo] = await db.attachments.where('tourId').equals(tourId).toArray();
    expect([...new Uint8Array(await photo!.blob.arrayBuffer())]).toEqual([0xff, 0xd8, 1, 2, 3, 0xff, 0xd9]);
    expect(photo!.blob.size).toBe(7);
  });

  it('refuses a wrong passphrase and changes nothing; the right one and the recovery key unlock', async () => {
    const { tourId } = await sampleTourWithPhoto();
    const recoveryKey = await turnOnProtection(PASSPHRASE, QUICK);
    const before = await rawStoreText();
    lockNow();
    expect(protectionMode()).toBe('locked');
    await expect(db.findings.toArray()).rejects.toBeInstanceOf(LockedError);
    await expect(unlockWithPassphrase('Балатон осенью 2011')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(unlockWithRecoveryKey('0000-0000-0000-0000-0000-0000-0000-0000')).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    await expect(unlockWithRecoveryKey('not a key')).rejects.toBeInstanceOf(WrongSecretError);
    expect(protectionMode()).toBe('locked');
    expect(await rawStoreText()).toBe(before);

    await unlockWithPassphrase(PASSPHRASE);
    expect((await listByTour(db.findings, tourId)).length).toBeGreaterThan(0);
    lockNow();
    await unlockWithRecoveryKey(recoveryKey.toLowerCase().replace(/-/g, ' '));
    expect(protectionMode()).toBe('unlocked');
  });

  it('stays locked after the database is opened again, until unlocked', async () => {
    await sampleTourWithPhoto();
    await turnOnProtection(PASSPHRASE, QUICK);
    lockNow();
    db.close();
    await db.open();
    expect(protectionMode()).toBe('locked');
    await unlockWithPassphrase(PASSPHRASE);
    expect(await db.tours.count()).toBe(1);
  });

  it('changes the passphrase by re-wrapping the key only', async () => {
    await sampleTourWithPhoto();
    const recoveryKey = await turnOnProtection(PASSPHRASE, QUICK);
    const findingsBefore = await db.findings.toArray();
    await expect(changePassphrase('wrong', 'новый пароль', QUICK)).rejects.toBeInstanceOf(WrongSecretError);
    await changePassphrase(PASSPHRASE, 'новый пароль', QUICK);
    lockNow();
    await expect(unlockWithPassphrase(PASSPHRASE)).rejects.toBeInstanceOf(WrongSecretError);
    await unlockWithPassphrase('новый пароль');
    expect(await db.findings.toArray()).toEqual(findingsBefore);
    // The recovery key can set a new passphrase when the old one is forgotten.
    await changePassphrase(recoveryKey, 'третий пароль', QUICK);
    lockNow();
    await unlockWithPassphrase('третий пароль');
  });

  it('encrypts all or nothing: a failure in the middle leaves the database plain and in use', async () => {
    const { tourId } = await sampleTourWithPhoto();
    const secrets = await secretsOfSample(tourId);
    // A draft holding a Blob the sealing layer cannot seal fails the last table's writes.
    await db.drafts.put({ key: 'broken', value: new Blob(['x']), updatedAt: '2026-01-01T00:00:00.000Z' });
    const before = await rawStoreText();
    await expect(turnOnProtection(PASSPHRASE, QUICK)).rejects.toBeInstanceOf(UnsealedBlobError);
    expect(protectionMode()).toBe('off');
    expect(await rawStoreText()).toBe(before);
    for (const secret of secrets) expect(before).toContain(secret);
    await db.drafts.delete('broken');
    db.close();
    await db.open();
    expect(protectionMode()).toBe('off');
  });

  it('adds photos, backs up and restores, exchanges and merges with protection on', async () => {
    const { tourId, findingId } = await sampleTourWithPhoto();
    await turnOnProtection(PASSPHRASE, QUICK);
    await addFindingPhotos(findingId, [
      {
        blob: new Blob([new Uint8Array([0xff, 0xd8, 5, 6, 0xff, 0xd9])], { type: 'image/jpeg' }),
        thumbnail: null,
        width: 2,
        height: 1,
        fileName: 'второе.jpg',
        mimeType: 'image/jpeg',
      },
    ]);
    const findings = await listByTour(db.findings, tourId);
    const backup = await makeBackup('everything', '0.1.0');
    const exchange = await exportForExchange({ tourId, senderName: 'Anna', appVersion: '0.1.0' });

    await resetDb();
    await turnOnProtection('another laptop', QUICK);
    await restoreBackup(await readBackupFile(backup.bytes));
    expect(await listByTour(db.findings, tourId)).toEqual(findings);
    const photos = await listByTour(db.attachments, tourId);
    expect(photos).toHaveLength(2);
    const bytes = await Promise.all(photos.map(async (p) => [...new Uint8Array(await p.blob.arrayBuffer())]));
    expect(bytes).toContainEqual([0xff, 0xd8, 5, 6, 0xff, 0xd9]);
    expect(await rawStoreText()).not.toContain('второе.jpg');

    await resetDb();
    await turnOnProtection('a third laptop', QUICK);
    const plan = await planExchangeImport(exchange.bytes);
    await applyExchangeImport(plan, new Map());
    expect(await listByTour(db.findings, tourId)).toHaveLength(findings.length);
    expect(await listByTour(db.attachments, tourId)).toHaveLength(2);
  });

  it('refuses to store a photo that was not sealed first, rather than store it plain', async () => {
    await sampleTourWithPhoto();
    await turnOnProtection(PASSPHRASE, QUICK);
    await expect(
      db.drafts.put({ key: 'x', value: { photo: new Blob(['y']) }, updatedAt: '2026-01-01T00:00:00.000Z' }),
    ).rejects.toBeInstanceOf(UnsealedBlobError);
  });
});
