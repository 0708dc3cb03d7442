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

  const storedAttachments: StoredAttachment[] = [];
  for (const attachment of data.records.attachments as Attachment[]) {
    const blobFile = attachmentPath(attachment.id, attachment.fileName);
    files.set(blobFile, { bytes: await blobBytes(attachment.blob), compress: false });
    let thumbnail: StoredAttachment['thumbnail'] = null;
    if (attachment.thumbnail) {
      const thumbFile = thumbnailPath(attachment.id);
      files.set(thumbFile, { bytes: await blobBytes(attachment.thumbnail), compress: false });
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
