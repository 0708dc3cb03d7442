import { prepareAesGcm, type PreparedAesGcm } from '../../lib/crypto/preparedAesGcm';
import type { KeyHolder } from './keyHolder';
import { SealedBlob } from './sealedBlob';

/**
 * A record as a protected database stores it: the fields its table's indexes need (primary key,
 * tourId, ownerId, updatedAt …) in the clear, so that IndexedDB can find it, and the whole record
 * sealed (AES-256-GCM, the table's name as associated data) in `__sealed`. Photos and files are
 * sealed apart (SealedBlob) and kept in `__blobs`, referred to from the sealed record by position.
 */
export const SEALED_FIELD = '__sealed';
export const BLOBS_FIELD = '__blobs';
const BLOB_TAG = '\u0000blob';

type StoredRecord = Record<string, unknown>;

/** A photo or file reached a write without being sealed first (db/protection/sealNewBlobs). */
export class UnsealedBlobError extends Error {
  constructor() {
    super('A Blob must be sealed (sealNewBlobs) before the transaction that stores it');
    this.name = 'UnsealedBlobError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What a key holder seals and opens records with, made once per unlock (KeyHolder.recordCipher). */
export const prepareRecordKey: (key: Uint8Array) => PreparedAesGcm = prepareAesGcm;

/** Whether a record holds a Blob anywhere: only then does it need JSON's (slower) replacer. */
function holdsBlob(value: unknown): boolean {
  if (value instanceof Blob) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(holdsBlob);
  for (const key in value) if (holdsBlob((value as StoredRecord)[key])) return true;
  return false;
}

export function isSealed(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null && SEALED_FIELD in value;
}

/** Where a record is stored: its table's name (the associated data, as `aad`) and its primary key. */
export interface RecordPlace {
  table: string;
  aad: Uint8Array;
  key: unknown;
}

export function sealRecord(
  value: StoredRecord,
  plainFields: readonly string[],
  holder: KeyHolder,
  place: RecordPlace,
): StoredRecord {
  const blobs: Blob[] = [];
  const json = holdsBlob(value)
    ? JSON.stringify(value, (_name, inner: unknown) => {
        if (!(inner instanceof Blob)) return inner;
        if (!(inner instanceof SealedBlob)) throw new UnsealedBlobError();
        blobs.push(inner.sealed);
        return { [BLOB_TAG]: blobs.length - 1, type: inner.type };
      })
    : JSON.stringify(value);
  const stored: StoredRecord = {};
  for (const field of plainFields) if (field in value) stored[field] = value[field];
  const sealed = holder.recordCipher().seal(encoder.encode(json), place.aad);
  // Read back by the live queries right after this write: known without opening (openedRecords.ts).
  holder.openedRecords().remember(place.table, place.key, { sealed, plain: null, json });
  stored[SEALED_FIELD] = sealed;
  if (blobs.length > 0) stored[BLOBS_FIELD] = blobs;
  return stored;
}

/**
 * The JSON text of a record opened (or sealed) before from these exact bytes, without AES; null
 * when it must be opened. Throws LockedError when locked, before anything remembered is looked at.
 */
export function knownJson(stored: StoredRecord, holder: KeyHolder, place: RecordPlace): string | null {
  const sealed = stored[SEALED_FIELD] as Uint8Array;
  holder.recordCipher();
  const known = holder.openedRecords().find(place.table, place.key, sealed);
  if (known && known.json !== null) return known.json;
  if (known && known.plain !== null) {
    // Read a second time: kept as text from now on (see openedRecords.ts).
    const json = decoder.decode(known.plain);
    known.json = json;
    known.plain.fill(0);
    known.plain = null;
    return json;
  }
  return null;
}

/** Opens a record newly decrypted to `plain` (by either cipher) and remembers it for later reads. */
export function openedFrom(
  plain: Uint8Array,
  stored: StoredRecord,
  holder: KeyHolder,
  place: RecordPlace,
): StoredRecord {
  const json = decoder.decode(plain);
  // `sealed` is this read's own copy of the stored bytes: nothing else holds or changes it.
  holder
    .openedRecords()
    .remember(place.table, place.key, { sealed: stored[SEALED_FIELD] as Uint8Array, plain, json: null });
  return parseOpened(json, stored, holder);
}

export function openRecord(stored: StoredRecord, holder: KeyHolder, place: RecordPlace): StoredRecord {
  const json = knownJson(stored, holder, place);
  if (json !== null) return parseOpened(json, stored, holder);
  const plain = holder.recordCipher().open(stored[SEALED_FIELD] as Uint8Array, place.aad);
  return openedFrom(plain, stored, holder, place);
}

export function parseOpened(json: string, stored: StoredRecord, holder: KeyHolder): StoredRecord {
  const blobs = stored[BLOBS_FIELD] as Blob[] | undefined;
  // Only a record stored with photos has their places marked in it (JSON's reviver is slow).
  if (!blobs) return JSON.parse(json) as StoredRecord;
  return JSON.parse(json, (_name, inner: unknown) => {
    if (typeof inner !== 'object' || inner === null || !(BLOB_TAG in inner)) return inner;
    const tag = inner as { [BLOB_TAG]: number; type: string };
    const sealed = blobs[tag[BLOB_TAG]];
    if (!sealed) throw new Error('A sealed record refers to a missing photo');
    return new SealedBlob(sealed, tag.type, holder);
  }) as StoredRecord;
}
