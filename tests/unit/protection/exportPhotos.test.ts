import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readTourBundle } from '../../../renderer/db/queries/tourRecords';
import { turnOnProtection } from '../../../renderer/db/protection';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import { photosIn } from '../../../renderer/export/docx/photosIn';
import {
  openedPhotos,
  openSealedPhotos,
  sealedPhotosOf,
} from '../../../renderer/features/documents/openedPhotos';
import { OpenError } from '../../../renderer/lib/crypto/webAesGcm';
import { resetDb } from '../db/resetDb';
import { sampleTourWithPhoto } from '../backup/laptop';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 30_000 });

const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };
const JPEG = [0xff, 0xd8, 1, 2, 3, 0xff, 0xd9];

async function reportOf(tourId: string) {
  const bundle = await readTourBundle(tourId, { withDeleted: true });
  const model = buildDocument(bundle!, {
    kind: 'report',
    language: 'ru',
    onlyIncludedFindings: false,
    eventId: null,
  });
  expect(photosIn(model)).toHaveLength(1);
  return model;
}

describe("a document's photos from an encrypted database", () => {
  beforeEach(resetDb);

  it('are opened on the main thread, since a sealed Blob would reach the worker as its ciphertext', async () => {
    const { tourId, photo } = await sampleTourWithPhoto();
    await turnOnProtection('Балатон осенью 2010', QUICK);
    const model = await reportOf(tourId);
    // What postMessage would hand the document worker: the stored bytes, not the photo.
    const cloned = structuredClone(photosIn(model)[0]!.blob);
    expect([...new Uint8Array(await cloned.arrayBuffer())]).not.toEqual(JPEG);

    const opened = await openedPhotos(model);
    expect([...opened.keys()]).toEqual([photo.id]);
    expect([...opened.get(photo.id)!]).toEqual(JPEG);
  });

  it('are opened by the document worker, with the key it is handed, from what postMessage gives it', async () => {
    const { tourId, photo } = await sampleTourWithPhoto();
    await turnOnProtection('Балатон осенью 2010', QUICK);
    const model = await reportOf(tourId);
    const job = structuredClone({ model, sealedPhotos: sealedPhotosOf(model) });
    expect(job.sealedPhotos?.attachmentIds).toEqual([photo.id]);

    const opened = await openSealedPhotos(job.model, job.sealedPhotos!);
    expect([...opened.get(photo.id)!]).toEqual(JPEG);
  });

  it('are refused by the worker when a byte of a sealed photo was changed', async () => {
    const { tourId } = await sampleTourWithPhoto();
    await turnOnProtection('Балатон осенью 2010', QUICK);
    const model = await reportOf(tourId);
    const job = structuredClone({ model, sealedPhotos: sealedPhotosOf(model) });
    const item = photosIn(job.model)[0]!;
    const bytes = new Uint8Array(await item.blob.arrayBuffer());
    bytes[bytes.length - 3]! ^= 1;
    item.blob = new Blob([bytes]);

    await expect(openSealedPhotos(job.model, job.sealedPhotos!)).rejects.toBeInstanceOf(OpenError);
  });

  it('are left to the worker when the database is plain', async () => {
    const { tourId } = await sampleTourWithPhoto();
    const model = await reportOf(tourId);
    expect((await openedPhotos(model)).size).toBe(0);
    expect(sealedPhotosOf(model)).toBeNull();
  });
});
