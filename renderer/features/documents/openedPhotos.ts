import type { DocumentModel } from '../../domain/documents/model';
import { photosIn } from '../../export/docx/photosIn';
import { isSealedBlob } from '../../db/protection';

/**
 * The bytes of a document's photos that are sealed (an encrypted database), opened here, by
 * attachment id; empty when none is. The document is written in a worker, and a sealed photo's
 * Blob would reach it as its ciphertext: only this thread holds the key.
 */
export async function openedPhotos(model: DocumentModel): Promise<Map<string, Uint8Array<ArrayBuffer>>> {
  const opened = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const photo of photosIn(model)) {
    if (!isSealedBlob(photo.blob) || opened.has(photo.attachmentId)) continue;
    opened.set(photo.attachmentId, await photo.blob.bytes());
  }
  return opened;
}
