import { zipSync, type Zippable } from 'fflate';
import type { Attachment } from '../../domain/entities';
import { TOUR_RECORD_KINDS } from '../../domain/tourBundle';
import { CURRENT_SCHEMA_VERSION } from '../database';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  MANIFEST_PATH,
  attachmentPath,
  recordsPath,
  thumbnailPath,
  type BundleKind,
  type DataSet,
  type FileEntry,
  type Manifest,
  type StoredAttachment,
} from './format';
import { sha256Hex } from './hash';
import { SIGNATURE_PATH, type SignatureFile } from './signature';
import { jsonFile } from './safeJson';

export interface BundleHeader {
  purpose: Manifest['purpose'];
  createdAt: string;
  appVersion: string;
  deviceId: string;
  senderName?: string;
  acks?: Manifest['acks'];
  /** Exchange files: signs the manifest's bytes with this laptop's key (signature.ts). */
  sign?: (manifestBytes: Uint8Array) => Promise<SignatureFile>;
}

async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Writes a data set as a bundle file (see format.ts). Pure apart from reading the Blobs. */
export async function encodeBundle(data: DataSet, header: BundleHeader): Promise<Uint8Array> {
  const files = new Map<string, { bytes: Uint8Array; compress: boolean }>();

  const attachments = data.records.attachments as Attachment[];
  // Every photo's bytes asked for at once, not one after another: from a protected database each
  // is decrypted by WebCrypto off the main thread, and those decryptions then overlap each other and
  // the main thread's reading (the files are kept in the same order below).
  const photoBytes = await Promise.all(
    attachments.map((attachment) =>
      Promise.all([
        blobBytes(attachment.blob),
        attachment.thumbnail ? blobBytes(attachment.thumbnail) : null,
      ]),
    ),
  );
  const storedAttachments: StoredAttachment[] = [];
  for (const [index, attachment] of attachments.entries()) {
    const [bytes, thumbnailBytes] = photoBytes[index]!;
    const blobFile = attachmentPath(attachment.id, attachment.fileName);
    files.set(blobFile, { bytes, compress: false });
    let thumbnail: StoredAttachment['thumbnail'] = null;
    if (attachment.thumbnail && thumbnailBytes) {
      const thumbFile = thumbnailPath(attachment.id);
      files.set(thumbFile, { bytes: thumbnailBytes, compress: false });
      thumbnail = { file: thumbFile, type: attachment.thumbnail.type };
    }
    storedAttachments.push({
      ...attachment,
      blob: { file: blobFile, type: attachment.blob.type },
      thumbnail,
    });
  }

  const counts: Partial<Record<BundleKind, number>> = { tours: data.tours.length };
  files.set(recordsPath('tours'), { bytes: jsonFile(data.tours), compress: true });
  for (const kind of TOUR_RECORD_KINDS) {
    const records = kind === 'attachments' ? storedAttachments : data.records[kind];
    counts[kind] = records.length;
    files.set(recordsPath(kind), { bytes: jsonFile(records), compress: true });
  }

  const entries: FileEntry[] = [];
  for (const [path, file] of files) {
    entries.push({ path, size: file.bytes.length, sha256: await sha256Hex(file.bytes) });
  }
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    purpose: header.purpose,
    createdAt: header.createdAt,
    appVersion: header.appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    deviceId: header.deviceId,
    senderName: header.senderName ?? '',
    tourIds: data.tours.map((tour) => tour.id),
    counts,
    files: entries,
    acks: header.acks ?? {},
  };

  const mtime = new Date(header.createdAt);
  const manifestBytes = jsonFile(manifest);
  const zippable: Zippable = { [MANIFEST_PATH]: [manifestBytes, { level: 6, mtime }] };
  if (header.sign)
    zippable[SIGNATURE_PATH] = [jsonFile(await header.sign(manifestBytes)), { level: 0, mtime }];
  for (const [path, file] of files) {
    // Photos are already compressed; storing them as they are is faster and loses nothing.
    zippable[path] = [file.bytes, { level: file.compress ? 6 : 0, mtime }];
  }
  return zipSync(zippable);
}
