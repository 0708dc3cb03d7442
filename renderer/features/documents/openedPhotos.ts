import type { DocumentModel } from '../../domain/documents/model';
import { photosIn } from '../../export/docx/photosIn';
import { isSealedBlob, photoKey } from '../../db/protection';
import { openAsync } from '../../lib/crypto/webAesGcm';

/**
 * The bytes of a document's photos that are sealed (an encrypted database), opened on this
 * thread, by attachment id; empty when none is. For writing the document here (no worker).
 */
export async function openedPhotos(model: DocumentModel): Promise<Map<string, Uint8Array<ArrayBuffer>>> {
  const sealed = new Map(
    photosIn(model)
      .filter((photo) => isSealedBlob(photo.blob))
      .map((photo) => [photo.attachmentId, photo.blob]),
  );
  // All at once: WebCrypto's decryptions then overlap each other and the reading of the next.
  const bytes = await Promise.all([...sealed.values()].map((blob) => blob.bytes()));
  return new Map([...sealed.keys()].map((id, index) => [id, bytes[index]!]));
}

/** What the document worker needs to open a document's sealed photos itself. */
export interface SealedPhotos {
  /** The database's key for photos (WebCrypto, not extractable; a worker may be handed it). */
  key: CryptoKey;
  attachmentIds: string[];
}

/**
 * The sealed photos of a document, for the worker, or null when none is. A sealed photo's Blob
 * reaches a worker as its stored bytes (its ciphertext): handing the worker the key lets it read
 * and decrypt them there, so that the window's thread neither reads, decrypts nor copies the
 * photos (measured in Chromium: 1.6 s of the main thread's CPU for the large tour's report,
 * `npm run bench -- encryption-browser`). Throws LockedError when the database is locked.
 */
export function sealedPhotosOf(model: DocumentModel): SealedPhotos | null {
  const attachmentIds = [
    ...new Set(
      photosIn(model)
        .filter((photo) => isSealedBlob(photo.blob))
        .map((photo) => photo.attachmentId),
    ),
  ];
  return attachmentIds.length === 0 ? null : { key: photoKey(), attachmentIds };
}

/**
 * In the worker: the photos named by `sealed`, whose Blobs hold their sealed bytes, opened by
 * attachment id. A changed byte or a wrong key is refused (OpenError), as on the main thread.
 */
export async function openSealedPhotos(
  model: DocumentModel,
  sealed: SealedPhotos,
): Promise<Map<string, Uint8Array<ArrayBuffer>>> {
  const wanted = new Set(sealed.attachmentIds);
  const blobs = new Map<string, Blob>();
  for (const photo of photosIn(model))
    if (wanted.has(photo.attachmentId)) blobs.set(photo.attachmentId, photo.blob);
  const opened = await Promise.all(
    [...blobs.values()].map(async (blob) => openAsync(sealed.key, new Uint8Array(await blob.arrayBuffer()))),
  );
  return new Map([...blobs.keys()].map((id, index) => [id, opened[index]!]));
}
