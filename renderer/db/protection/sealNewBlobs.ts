import { db } from '../database';
import { sealBlob } from './sealedBlob';

/**
 * Photos and files must be sealed before the transaction that stores them (WebCrypto is async,
 * and an IndexedDB transaction ends at the first await of anything else). Returns the record with
 * each Blob field sealed when the database is protected, as it was otherwise.
 */
export async function sealNewBlobs<T extends object>(record: T): Promise<T> {
  if (db.protection.mode !== 'unlocked') return record;
  const sealed: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [field, value] of Object.entries(record))
    if (value instanceof Blob) sealed[field] = await sealBlob(value, db.protection);
  return sealed as T;
}

export async function sealNewBlobsOf<T extends object>(records: readonly T[]): Promise<T[]> {
  if (db.protection.mode !== 'unlocked') return [...records];
  const sealed: T[] = [];
  for (const record of records) sealed.push(await sealNewBlobs(record));
  return sealed;
}

/** A decoded backup or exchange file with its photos sealed, ready for the transaction that applies it. */
export async function withSealedAttachments<
  D extends { data: { records: { attachments: readonly object[] } } },
>(decoded: D): Promise<D> {
  if (db.protection.mode !== 'unlocked') return decoded;
  const attachments = await sealNewBlobsOf(decoded.data.records.attachments);
  return { ...decoded, data: { ...decoded.data, records: { ...decoded.data.records, attachments } } };
}
