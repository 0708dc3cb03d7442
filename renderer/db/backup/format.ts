import { z } from 'zod';
import type { Attachment, Tour, TourOwned } from '../../domain/entities';
import { TOUR_RECORD_KINDS, type TourRecordKind } from '../../domain/tourBundle';

/**
 * The bundle file: a zip holding
 *   manifest.json              this format's name and version, what is inside, size and SHA-256 of every file
 *   records/<table>.json       the records of each table (tours first), as stored, tombstones included
 *   attachments/<id>/<name>    each attachment's file as it was attached
 *   thumbnails/<id>            its preview image, when it has one
 *   signature.json             exchange files: the sending laptop's public key and its signature of manifest.json
 * The same format serves backups and exchanges between laptops (`purpose`).
 */
export const BUNDLE_FORMAT = 'delegation-desk-bundle';
/**
 * Raise when the layout changes; a file of a newer version is refused, never half-read.
 * 2: records carry their history (`vv`), exchange files are signed (`signature.json`).
 * Files of version 1 are read as they are (records without `vv` read as their writer's n-th version).
 */
export const BUNDLE_FORMAT_VERSION = 2;
export const BUNDLE_EXTENSION = 'ddbackup';
export const BUNDLE_MIME_TYPE = 'application/zip';
export const MANIFEST_PATH = 'manifest.json';

/** The tables a bundle carries: tours and everything that belongs to a tour. */
export const BUNDLE_KINDS = ['tours', ...TOUR_RECORD_KINDS] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

export const recordsPath = (kind: BundleKind) => `records/${kind}.json`;

/** Limits that keep a hostile or broken file from exhausting memory; tests pass smaller ones. */
export interface BundleLimits {
  /** Size of the zip file itself. */
  maxFileBytes: number;
  /** Sum of the unpacked sizes of all entries (a "zip bomb" is small packed, huge unpacked). */
  maxUnpackedBytes: number;
  maxEntries: number;
  /**
   * Largest single file inside: the biggest material file (100 MB) with room to spare. An entry
   * declaring more is refused before anything is inflated.
   */
  maxEntryBytes: number;
}

export const DEFAULT_LIMITS: BundleLimits = {
  maxFileBytes: 512 * 1024 * 1024,
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxEntries: 50_000,
  maxEntryBytes: 128 * 1024 * 1024,
};

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoTimestamp = z.iso.datetime({ offset: true });

export const fileEntrySchema = z.object({
  path: z.string().min(1).max(500),
  size: z.number().int().nonnegative(),
  sha256,
});
export type FileEntry = z.infer<typeof fileEntrySchema>;

/** Where an attachment's bytes are in the zip, in place of the Blob stored in IndexedDB. */
export const fileRefSchema = z.object({ file: z.string().min(1).max(500), type: z.string().max(200) });
export type FileRef = z.infer<typeof fileRefSchema>;

export type StoredAttachment = Omit<Attachment, 'blob' | 'thumbnail'> & {
  blob: FileRef;
  thumbnail: FileRef | null;
};

/** The first look at a manifest: enough to tell "not ours" and "too new" from "damaged". */
export const manifestHeaderSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().positive(),
});

export const manifestSchema = manifestHeaderSchema.extend({
  purpose: z.enum(['backup', 'exchange']),
  createdAt: isoTimestamp,
  appVersion: z.string().max(50),
  /** Dexie schema version of the database the records came from. */
  schemaVersion: z.number().int().positive(),
  deviceId: z.string().min(1).max(100),
  /** The name the sender gave, shown to the colleague who imports an exchange. */
  senderName: z.string().max(200),
  tourIds: z.array(z.string().min(1).max(100)),
  counts: z.partialRecord(z.enum(BUNDLE_KINDS), z.number().int().nonnegative()),
  files: z.array(fileEntrySchema),
  /**
   * Format 1 exchange files: what the sender last received from each colleague. Read and
   * ignored since records carry their histories (a file's claims were trusted too far).
   */
  acks: z.record(z.string().min(1).max(100), z.record(z.string().min(1).max(100), z.string().max(300))),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Records of several tours, as stored in IndexedDB (attachments with their Blobs). */
export interface DataSet {
  tours: Tour[];
  records: Record<TourRecordKind, TourOwned[]>;
}

export function emptyRecords(): Record<TourRecordKind, TourOwned[]> {
  return Object.fromEntries(TOUR_RECORD_KINDS.map((kind) => [kind, []])) as unknown as Record<
    TourRecordKind,
    TourOwned[]
  >;
}

/** A file name safe inside a zip on every system: no folders, no control characters, not too long. */
export function safeFileName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').replace(/^\.+/, '');
  const trimmed = cleaned.trim().slice(-120);
  return trimmed.length > 0 ? trimmed : fallback;
}

export const attachmentPath = (attachmentId: string, fileName: string) =>
  `attachments/${safeFileName(attachmentId, 'attachment')}/${safeFileName(fileName, 'file')}`;
export const thumbnailPath = (attachmentId: string) =>
  `thumbnails/${safeFileName(attachmentId, 'attachment')}`;
