import { unzipSync, type Unzipped } from 'fflate';
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
import { MalformedZipError, readZipEntries } from '../../lib/zip/zipEntries';

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

export interface DecodeOptions {
  keepAttachmentBytes?: boolean;
}

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURES.some((signature) => signature.every((byte, index) => bytes[index] === byte));
}

/**
 * Stored photos by path, as views of the file's bytes; null when the zip is not the simple kind
 * fflate writes (another tool's zip is then read by fflate alone, as before).
 */
function storedPhotoViews(bytes: Uint8Array): Map<string, Uint8Array> | null {
  try {
    const views = new Map<string, Uint8Array>();
    for (const entry of readZipEntries(bytes)) {
      const path = decoder.decode(entry.name);
      if (entry.compression === 0 && isAttachmentFile(path)) views.set(path, entry.data);
    }
    return views;
  } catch (error) {
    if (error instanceof MalformedZipError) return null;
    throw error;
  }
}

function unzip(bytes: Uint8Array, limits: BundleLimits): Unzipped {
  // fflate copies every file out of the zip; stored photos (60 MB in a large tour, a quarter of a
  // second per copy) are taken as views of the file instead. Every file, these included, is then
  // checked against the manifest's size and SHA-256, so a view in the wrong place is refused as a
  // damaged file would be.
  const views = storedPhotoViews(bytes);
  const viewed: string[] = [];
  let entries = 0;
  let unpacked = 0;
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        entries += 1;
        unpacked += file.originalSize;
        if (entries > limits.maxEntries || unpacked > limits.maxUnpackedBytes)
          throw new BackupError('too-large', { limit: limits.maxUnpackedBytes });
        const view = file.compression === 0 ? views?.get(file.name) : undefined;
        if (view === undefined || view.length !== file.originalSize) return true;
        viewed.push(file.name);
        return false;
      },
    });
  } catch (cause) {
    if (cause instanceof BackupError) throw cause;
    throw new BackupError('corrupted', { file: '' }, { cause });
  }
  for (const path of viewed) files[path] = plainBytes(views!.get(path)!);
  return files;
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
async function verifyFiles(files: Unzipped, manifest: Manifest): Promise<void> {
  const listed = new Set(manifest.files.map((entry) => entry.path));
  for (const path of Object.keys(files)) {
    if (path === MANIFEST_PATH || path === SIGNATURE_PATH || path.endsWith('/')) continue;
    if (!listed.has(path)) throw new BackupError('corrupted', { file: path });
  }
  for (const kind of BUNDLE_KINDS) {
    if (!listed.has(recordsPath(kind))) throw new BackupError('corrupted', { file: recordsPath(kind) });
  }
  for (const entry of manifest.files) {
    const bytes = files[entry.path];
    const mismatch = () =>
      isAttachmentFile(entry.path)
        ? new BackupError('attachment-mismatch', { file: entry.path })
        : new BackupError('corrupted', { file: entry.path });
    if (!bytes || bytes.length !== entry.size) throw mismatch();
    if ((await sha256Hex(bytes)) !== entry.sha256) throw mismatch();
  }
}

function invalid(kind: BundleKind, index: number, record: unknown, issues: z.core.$ZodIssue[]): BackupError {
  const id = (record as { id?: unknown } | null)?.id;
  const first = issues[0];
  return new BackupError('invalid-record', {
    kind,
    id: typeof id === 'string' ? id : `#${index + 1}`,
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
function readAttachments(files: Unzipped, items: unknown[], keep?: Map<string, Uint8Array>): TourOwned[] {
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
      thumbnail = new Blob([plainBytes(thumbBytes)], { type: thumbRef.data.type });
    }
    fileBytes.push(bytes);
    return { ...record, blob: new Blob([plainBytes(bytes)], { type: blobRef.data.type }), thumbnail };
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
  if (!looksLikeZip(bytes)) throw new BackupError('not-a-backup');
  const files = unzip(bytes, limits);
  const manifest = readManifest(files);
  const signature = await readSignature(files);
  await verifyFiles(files, manifest);

  const tours: Tour[] = parseAll('tours', readArray(files, 'tours'), tourSchema);
  const records = emptyRecords();
  const attachmentBytes = options.keepAttachmentBytes ? new Map<string, Uint8Array>() : undefined;
  for (const kind of TOUR_RECORD_KINDS) {
    const items = readArray(files, kind);
    records[kind] =
      kind === 'attachments'
        ? readAttachments(files, items, attachmentBytes)
        : parseAll<TourOwned>(kind, items, ENTITY_SCHEMAS[kind as TourRecordKind] as z.ZodType<TourOwned>);
  }
  return { manifest, data: { tours, records }, attachmentBytes, signature };
}

/**
 * Whether a file is a backup or an exchange file, by a look at its manifest only (for routing a
 * file the system opened to the right flow); null when it is not readable as one. Checks nothing else.
 */
export function peekBundlePurpose(bytes: Uint8Array): Manifest['purpose'] | null {
  if (!looksLikeZip(bytes)) return null;
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === MANIFEST_PATH });
    const raw = files[MANIFEST_PATH];
    if (!raw) return null;
    const purpose = (parseJsonFile(raw, MANIFEST_PATH) as { purpose?: unknown } | null)?.purpose;
    return purpose === 'backup' || purpose === 'exchange' ? purpose : null;
  } catch {
    return null;
  }
}
