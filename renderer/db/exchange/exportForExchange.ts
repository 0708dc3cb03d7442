import type { Attachment, TourOwned } from '../../domain/entities';
import { versionStamp } from '../../domain/merge';
import { sealFile, type FileKey } from '../../lib/crypto/fileEnvelope';
import { TOUR_RECORD_KINDS } from '../../domain/tourBundle';
import { encodeBundle } from '../backup/encodeBundle';
import { BUNDLE_EXTENSION, type DataSet } from '../backup/format';
import { readDataSet } from '../backup/snapshot';
import { nowIso } from '../clock';
import { db } from '../database';
import { deviceId, writeSetting } from '../settings';
import type { ExchangePeer } from './exchangePeer';
import { laptopKeyPair } from './laptopKey';
import { signManifest } from '../backup/signature';

export interface ExchangeExportOptions {
  tourId: string;
  /** Shown to the colleague who imports the file. */
  senderName: string;
  appVersion: string;
  /** Only records changed since the last exchange with this colleague (their device id). */
  onlyChangesFor?: string;
  /** The file passphrase's key: the file is encrypted with it (null or absent: a plain file). */
  fileKey?: FileKey | null;
}

export interface ExchangeExport {
  bytes: Uint8Array;
  fileName: string;
  recordCount: number;
  encrypted: boolean;
}

const SENDER_NAME = 'exchange.senderName';

function onlyChanged(data: DataSet, peer: ExchangePeer | undefined): DataSet {
  if (!peer) return data;
  // A record still exactly as that colleague sent it needs no trip back. The tour itself
  // always travels: every other record points at it.
  const unchanged = (record: TourOwned) => peer.received[record.id] === versionStamp(record);
  const records = { ...data.records };
  for (const kind of TOUR_RECORD_KINDS) records[kind] = data.records[kind].filter((r) => !unchanged(r));
  return { tours: data.tours, records };
}

/**
 * Photos still waiting in the trays stay on this laptop: a phone's day of pictures would swell
 * every exchange file, and colleagues see them once they belong to a finding (the same record,
 * moved: it travels then). Backups keep them.
 */
function withoutTrayPhotos(data: DataSet): DataSet {
  const attachments = (data.records.attachments as Attachment[]).filter(
    (attachment) => attachment.ownerType !== 'tour',
  );
  return { tours: data.tours, records: { ...data.records, attachments } };
}

/**
 * The exchange file of one tour for colleagues: its records as stored, each with its history,
 * which is all the colleague's laptop needs to merge (no acknowledgements: a file's claims
 * about what it has seen are the histories of its records, nothing else).
 */
export async function exportForExchange(options: ExchangeExportOptions): Promise<ExchangeExport> {
  const createdAt = nowIso();
  const pair = await laptopKeyPair();
  const full = await readDataSet({ tourId: options.tourId });
  if (full.tours.length === 0) throw new Error(`No tour ${options.tourId}`);
  const peers = await db.exchangePeers.toArray();
  const target = peers.find((peer) => peer.peerId === options.onlyChangesFor);
  const data = onlyChanged(withoutTrayPhotos(full), target);
  const zip = await encodeBundle(data, {
    purpose: 'exchange',
    createdAt,
    appVersion: options.appVersion,
    deviceId: await deviceId(),
    senderName: options.senderName,
    sign: (manifestBytes) => signManifest(manifestBytes, pair),
  });
  // The signature is inside: checked after decryption, it still says whose laptop made the file.
  const bytes = options.fileKey ? await sealFile(zip, options.fileKey, 'exchange') : zip;
  await writeSetting(SENDER_NAME, options.senderName);
  const stamp = createdAt.slice(0, 16).replace('T', '-').replace(':', '');
  const recordCount =
    data.tours.length + TOUR_RECORD_KINDS.reduce((sum, k) => sum + data.records[k].length, 0);
  return {
    bytes,
    recordCount,
    encrypted: Boolean(options.fileKey),
    fileName: `delegation-desk-exchange-${stamp}.${BUNDLE_EXTENSION}`,
  };
}

export const EXCHANGE_SETTING_KEYS = { senderName: SENDER_NAME } as const;
