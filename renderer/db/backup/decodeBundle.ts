import type { Unzipped } from 'fflate';
import { inflateLimited, InflatedSizeError } from '../../lib/zip/inflateLimited';
import type { z } from 'zod';
import { attachmentSchema, tourSchema, type Tour, type TourOwned } from '../../domain/entities';
import { TOUR_RECORD_KINDS, type TourRecordKind } from '../../domain/tourBundle';
import { ENTITY_SCHEMAS } from '../entitySchemas';
import { BackupError } from './errors';
import {
  BUNDLE_FORMAT_VERSION,
  BUNDLE_KINDS,
  DEFAULT_LIMITS,
  MANIFEST_PATH,
  emptyRecords,
  fileRefSchema,
  manifestHeaderSchema,
  manifestSchema,
  recordsPath,
  type BundleKind,
  type BundleLimits,
  type DataSet,
  type Manifest,
} from './format';
import { plainBytes } from '../../lib/plainBytes';
import { sha256Hex } from './hash';
import { SIGNATURE_PATH, signatureFileSchema, verifyManifest, type PublicKeyJwk } from './signature';
import { parseJsonFile } from './safeJson';
import { readZipEntries, type ZipEntry } from '../../lib/zip/zipEntries';
import { FileEnvelopeError, isEncryptedFile, readEnvelopeHeader } from '../../lib/crypto/fileEnvelope';
import { recordLabel, textTooLongIssue } from '../../domain/imports/textTooLong';

const decoder = new TextDecoder();

export interface DecodedBundle {
  manifest: Manifest;
  data: DataSet;
  /**
   * Each attachment's file bytes by attachment id, when asked for (`keepAttachmentBytes`): what
   * its Blob holds, for a reader that would otherwise read every Blob back (the CLI exporter).
   */
  attachmentBytes?: ReadonlyMap<string, Uint8Array>;
  /** The signing laptop's key, when the file is signed (and the signature verified). */
  signature: { fingerprint: string; publicKey: PublicKeyJwk } | null;
}

/**
 * How far a decode is: `done` of `total` bytes, counting each file of the zip twice (once
 * unpacked, once hashed), so the bar moves evenly over both steps.
 */
export interface DecodeProgress {
  done: number;
  total: number;
}

export interface DecodeOptions {
  keepAttachmentBytes?: boolean;
  /** Called after each file of the zip is unpacked and after each is hashed. */
  onProgress?: (progress: DecodeProgress) => void;
  /**
   * With `keepAttachmentBytes`, the attachments' Blobs are left empty (of the file's type): for a
   * reader that takes the bytes from `attachmentBytes` and never stores the records (the CLI
   * exporter). Node copies every byte into a Blob: 60 MB for a large tour's photos, for nothing.
   */
  bytesOnly?: boolean;
  /**
   * Inflates a deflated entry into exactly `declared` bytes, throwing `InflatedSizeError` as soon
   * as it would write more: the platform's native inflater where there is one (the CLI: Node's
   * zlib, a tenth of fflate's time on a large tour's 6 MB of records); `inflateLimited` otherwise.
   */
  inflate?: (compressed: Uint8Array, declared: number) => Uint8Array<ArrayBuffer>;
  /**
   * SHA-256 as lower-case hex where the platform has a faster one than Web Crypto (the CLI:
   * Node's `createHash`, where `crypto.subtle.digest` costs ten times as much on 60 MB of photos).
   */
  sha256Hex?: (bytes: Uint8Array) => Promise<string> | string;
}

/** Counts the bytes done for `onProgress`; a no-op without a listener. */
function progressCounter(total: number, onProgress?: (progress: DecodeProgress) => void) {
  let done = 0;
  return (bytes: number) => {
    done += bytes;
    onProgress?.({ done: Math.min(done, total), total });
  };
}
type Advance = ReturnType<typeof progressCounter>;

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURES.some((signature) => signature.every((byte, index) => bytes[index] === byte));
}

/**
 * Every file of the zip by path, each checked against the limits BEFORE it is inflated (count,
 * declared size of each and of all) and inflated no further than its declared size: a zip bomb,
 * listed or with a header that lies, is refused at once instead of after minutes and gigabytes.
 * Stored files (photos, 60 MB in a large tour) are views of the file's bytes, not copies. Every
 * file is then checked against the manifest's size and SHA-256, so a view in the wrong place is
 * refused as a damaged file would be.
 */
function listEntries(bytes: Uint8Array, limits: BundleLimits): { entries: ZipEntry[]; unpacked: number } {
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(bytes);
  } catch (cause) {
    throw new BackupError('corrupted', { file: '' }, { cause });
  }
  if (entries.length > limits.maxEntries)
    throw new BackupError('too-large', { limit: limits.maxUnpackedBytes });
  let unpacked = 0;
  for (const entry of entries) {
    unpacked += entry.size;
    if (entry.size > limits.maxEntryBytes || unpacked > limits.maxUnpackedBytes)
      throw new BackupError('too-large', { limit: limits.maxUnpackedBytes });
  }
  return { entries, unpacked };
}

function unzip(entries: readonly ZipEntry[], inflate: Inflater, advance: Advance): Unzipped {
  const files: Unzipped = {};
  for (const entry of entries) {
    const path = decoder.decode(entry.name);
    if (path.endsWith('/')) continue; // a folder entry some zip tools add
    files[path] = extract(entry, path, inflate);
    advance(entry.size);
  }
  return files;
}

type Inflater = NonNullable<DecodeOptions['inflate']>;

function extract(entry: ZipEntry, path: string, inflate: Inflater): Uint8Array<ArrayBuffer> {
  try {
    if (entry.compression === 0) {
      if (entry.data.length !== entry.size) throw new InflatedSizeError(entry.size);
      return plainBytes(entry.data);
    }
    if (entry.compression === 8) return inflate(entry.data, entry.size);
  } catch (cause) {
    throw new BackupError('corrupted', { file: path }, { cause });
  }
  throw new BackupError('corrupted', { file: path });
}

function readManifest(files: Unzipped): Manifest {
  const raw = files[MANIFEST_PATH];
  if (!raw) throw new BackupError('not-a-backup');
  const json = parseJsonFile(raw, MANIFEST_PATH);
  const header = manifestHeaderSchema.safeParse(json);
  if (!header.success) throw new BackupError('not-a-backup');
  if (header.data.formatVersion > BUNDLE_FORMAT_VERSION)
    throw new BackupError('newer-version', {
      version: header.data.formatVersion,
      supported: BUNDLE_FORMAT_VERSION,
    });
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success) throw new BackupError('corrupted', { file: MANIFEST_PATH });
  return manifest.data;
}

/** A signed file's signature must verify against the manifest as it is in the file. */
async function readSignature(files: Unzipped): Promise<DecodedBundle['signature']> {
  const raw = files[SIGNATURE_PATH];
  if (!raw) return null;
  const parsed = signatureFileSchema.safeParse(parseJsonFile(raw, SIGNATURE_PATH));
  if (!parsed.success) throw new BackupError('bad-signature');
  const fingerprint = await verifyManifest(files[MANIFEST_PATH]!, parsed.data);
  return { fingerprint, publicKey: parsed.data.publicKey };
}

const isAttachmentFile = (path: string) => path.startsWith('attachments/') || path.startsWith('thumbnails/');

/** Every file the manifest lists is there, with its size and hash; nothing else is there. */
async function verifyFiles(
  files: Unzipped,
  manifest: Manifest,
  hash: NonNullable<DecodeOptions['sha256Hex']>,
  advance: Advance,
): Promise<void> {
  const listed = new Set(manifest.files.map((entry) => entry.path));
  for (const path of Object.keys(files)) {
    if (path === MANIFEST_PATH || path === SIGNATURE_PATH || path.endsWith('/')) continue;
    if (!listed.has(path)) throw new BackupError('corrupted', { file: path });
  }
  for (const kind of BUNDLE_KINDS) {
    if (!listed.has(recordsPath(kind))) throw new BackupError('corrupted', { file: recordsPath(kind) });
  }
  const mismatch = (path: string) =>
    isAttachmentFile(path)
      ? new BackupError('attachment-mismatch', { file: path })
      : new BackupError('corrupted', { file: path });
  for (const entry of manifest.files) {
    const bytes = files[entry.path];
    if (!bytes || bytes.length !== entry.size) throw mismatch(entry.path);
  }
  // All hashed at once (the platform hashes off the main thread, on every core), checked in the
  // manifest's order so the first bad file is the one named.
  const hashes = await Promise.all(
    manifest.files.map(async (entry) => {
      const bytes = files[entry.path]!;
      const hex = await hash(bytes);
      advance(bytes.length);
      return hex;
    }),
  );
  manifest.files.forEach((entry, index) => {
    if (hashes[index] !== entry.sha256) throw mismatch(entry.path);
  });
}

function invalid(kind: BundleKind, index: number, record: unknown, issues: z.core.$ZodIssue[]): BackupError {
  const id = (record as { id?: unknown } | null)?.id;
  const shownId = typeof id === 'string' ? id : `#${index + 1}`;
  const tooLong = textTooLongIssue(issues);
  if (tooLong)
    return new BackupError('text-too-long', { kind, record: recordLabel(record, shownId), ...tooLong });
  const first = issues[0];
  return new BackupError('invalid-record', {
    kind,
    id: shownId,
    problem: first ? `${first.path.join('.') || '—'}: ${first.message}` : '—',
  });
}

function readArray(files: Unzipped, kind: BundleKind): unknown[] {
  const path = recordsPath(kind);
  const json = parseJsonFile(files[path]!, path);
  if (!Array.isArray(json)) throw new BackupError('corrupted', { file: path });
  return json;
}

function parseAll<T>(kind: BundleKind, items: unknown[], schema: z.ZodType<T>): T[] {
  const seen = new Set<string>();
  return items.map((item, index) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) throw invalid(kind, index, item, parsed.error.issues);
    const id = (parsed.data as { id: string }).id;
    if (seen.has(id)) throw new BackupError('invalid-record', { kind, id, problem: 'id: duplicate' });
    seen.add(id);
    return parsed.data;
  });
}

/**
 * Puts each attachment's bytes back as Blobs, checking them against the record, then validates
 * it. `keep`, if given, receives each attachment's bytes by its id.
 */
function readAttachments(
  files: Unzipped,
  items: unknown[],
  keep?: Map<string, Uint8Array>,
  bytesOnly = false,
): TourOwned[] {
  // Without bytes, one empty Blob per type serves every record: making 600 of them costs Node a
  // few hundred milliseconds for nothing.
  const empty = new Map<string, Blob>();
  const emptyBlob = (type: string) => {
    const known = empty.get(type);
    if (known) return known;
    const blob = new Blob([], { type });
    empty.set(type, blob);
    return blob;
  };
  const blobOf = (bytes: Uint8Array, type: string) =>
    bytesOnly ? emptyBlob(type) : new Blob([plainBytes(bytes)], { type });
  const fileBytes: Uint8Array[] = [];
  const withBlobs = items.map((item, index) => {
    if (typeof item !== 'object' || item === null) throw invalid('attachments', index, item, []);
    const record = item as Record<string, unknown>;
    const blobRef = fileRefSchema.safeParse(record.blob);
    const thumbRef = fileRefSchema.nullable().safeParse(record.thumbnail);
    if (!blobRef.success) throw invalid('attachments', index, item, blobRef.error.issues);
    if (!thumbRef.success) throw invalid('attachments', index, item, thumbRef.error.issues);
    const bytes = files[blobRef.data.file];
    if (!bytes || !isAttachmentFile(blobRef.data.file))
      throw new BackupError('attachment-mismatch', { file: blobRef.data.file });
    if (record.size !== bytes.length)
      throw new BackupError('attachment-mismatch', { file: blobRef.data.file });
    let thumbnail: Blob | null = null;
    if (thumbRef.data) {
      const thumbBytes = files[thumbRef.data.file];
      if (!thumbBytes || !isAttachmentFile(thumbRef.data.file))
        throw new BackupError('attachment-mismatch', { file: thumbRef.data.file });
      thumbnail = blobOf(thumbBytes, thumbRef.data.type);
    }
    fileBytes.push(bytes);
    return { ...record, blob: blobOf(bytes, blobRef.data.type), thumbnail };
  });
  const attachments = parseAll('attachments', withBlobs, attachmentSchema);
  if (keep) attachments.forEach((attachment, index) => keep.set(attachment.id, fileBytes[index]!));
  return attachments;
}

/**
 * Reads a bundle file completely and checks everything that can be checked without the
 * database: format and version, every file's size and hash, every record against its entity
 * schema, no duplicate ids. Throws a BackupError naming the first problem. Writes nothing.
 * References are checked by the caller (a backup must be complete; an exchange may rely on
 * records already here), see references.ts.
 */
export async function decodeBundle(
  bytes: Uint8Array,
  limits: BundleLimits = DEFAULT_LIMITS,
  options: DecodeOptions = {},
): Promise<DecodedBundle> {
  if (bytes.length > limits.maxFileBytes) throw new BackupError('too-large', { limit: limits.maxFileBytes });
  // Encrypted files are opened first (filePassphrase.ts unsealBundle); one reaching here was not.
  if (isEncryptedFile(bytes)) throw new FileEnvelopeError('passphrase-needed');
  if (!looksLikeZip(bytes)) throw new BackupError('not-a-backup');
  const { entries, unpacked } = listEntries(bytes, limits);
  const advance = progressCounter(2 * unpacked, options.onProgress);
  const files = unzip(entries, options.inflate ?? inflateLimited, advance);
  const manifest = readManifest(files);
  const signature = await readSignature(files);
  // The files are hashed off the main thread while the records are parsed here; a file that does
  // not match its manifest entry is the problem named, whatever parsing it found.
  const verified = verifyFiles(files, manifest, options.sha256Hex ?? sha256Hex, advance);
  verified.catch(() => undefined); // awaited below, after parsing: no unhandled rejection meanwhile
  let parsed: { tours: Tour[]; records: DataSet['records']; attachmentBytes?: Map<string, Uint8Array> };
  try {
    parsed = parseRecords(files, options);
  } catch (error) {
    await verified;
    throw error;
  }
  await verified;
  const { tours, records, attachmentBytes } = parsed;
  return { manifest, data: { tours, records }, attachmentBytes, signature };
}

function parseRecords(files: Unzipped, options: DecodeOptions) {
  const tours: Tour[] = parseAll('tours', readArray(files, 'tours'), tourSchema);
  const records = emptyRecords();
  const attachmentBytes = options.keepAttachmentBytes ? new Map<string, Uint8Array>() : undefined;
  for (const kind of TOUR_RECORD_KINDS) {
    const items = readArray(files, kind);
    records[kind] =
      kind === 'attachments'
        ? readAttachments(files, items, attachmentBytes, attachmentBytes !== undefined && options.bytesOnly)
        : parseAll<TourOwned>(kind, items, ENTITY_SCHEMAS[kind as TourRecordKind] as z.ZodType<TourOwned>);
  }
  return { tours, records, attachmentBytes };
}

/**
 * Whether a file is a backup or an exchange file, by a look at its manifest only (for routing a
 * file the system opened to the right flow); null when it is not readable as one. Checks nothing else.
 */
const MAX_PEEKED_MANIFEST_BYTES = 16 * 1024 * 1024;

export function peekBundlePurpose(bytes: Uint8Array): Manifest['purpose'] | null {
  // An encrypted file says what it holds in its (authenticated) header, readable without the passphrase.
  if (isEncryptedFile(bytes)) {
    try {
      return readEnvelopeHeader(bytes).content;
    } catch {
      return null;
    }
  }
  if (!looksLikeZip(bytes)) return null;
  try {
    const entry = readZipEntries(bytes).find((candidate) => decoder.decode(candidate.name) === MANIFEST_PATH);
    // A manifest is a few kilobytes; a larger one is not worth inflating for a peek.
    if (!entry || entry.size > MAX_PEEKED_MANIFEST_BYTES) return null;
    const raw = extract(entry, MANIFEST_PATH, inflateLimited);
    const purpose = (parseJsonFile(raw, MANIFEST_PATH) as { purpose?: unknown } | null)?.purpose;
    return purpose === 'backup' || purpose === 'exchange' ? purpose : null;
  } catch {
    return null;
  }
}
