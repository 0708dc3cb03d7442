import { readBackupFile } from '../db/backup/readBackupFile';
import { BackupError } from '../db/backup/errors';
import { DEFAULT_LIMITS } from '../db/backup/format';
import type { TourOwned } from '../domain/entities';
import { FileEnvelopeError, isEncryptedFile } from '../lib/crypto/fileEnvelope';
import { openEncryptedFile } from '../lib/crypto/openEncryptedFile';
import { TOUR_RECORD_KINDS, type TourBundle } from '../domain/tourBundle';
import { TourFileError, type LoadedTour } from './loadTourFile';
import { nativeInflate, nativeSha256Hex } from './nativeCodecs';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** Whether the file's bytes are a .ddbackup bundle (a zip, or an encrypted one) rather than a JSON tour file. */
export function looksLikeBackup(bytes: Uint8Array): boolean {
  return isEncryptedFile(bytes) || ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

const ENVELOPE_PROBLEMS: Record<FileEnvelopeError['code'], string> = {
  'passphrase-needed':
    'The backup is encrypted: give its passphrase with --passphrase-file FILE or in the environment variable DELEGATION_DESK_PASSPHRASE',
  'wrong-passphrase': 'The passphrase is wrong: the backup was not opened',
  damaged: 'The backup was changed or damaged after it was made: it was not opened',
  'bad-header': 'The encrypted backup is damaged or was made by a newer version of the app',
};

/** The zip inside an encrypted backup (a plain one as it is), opened with the passphrase given. */
async function openBackup(bytes: Uint8Array, passphrase: string | undefined): Promise<Uint8Array> {
  try {
    const opened = await openEncryptedFile(bytes, [], async (reason) =>
      reason === 'needed' && passphrase ? passphrase : null,
    );
    return opened.plain;
  } catch (error) {
    if (error instanceof FileEnvelopeError) throw new TourFileError(ENVELOPE_PROBLEMS[error.code]);
    throw error;
  }
}

/**
 * Reads a backup file (.ddbackup) with the app's own decoder and checks, and takes its first live
 * tour. Event ids in a backup are the records' own ids, so no aliases are needed for --event.
 * An encrypted backup needs the delegation's file passphrase.
 */
export async function loadBackupFile(
  bytes: Uint8Array,
  passphrase?: string,
  /**
   * The photos only in `attachmentBytes`, their Blobs left empty: for the exporter, which reads
   * the bytes and saves no record (Node would copy 60 MB of photos into Blobs for nothing).
   */
  { bytesOnly = false }: { bytesOnly?: boolean } = {},
): Promise<LoadedTour> {
  const plain = await openBackup(bytes, passphrase);
  let decoded;
  try {
    decoded = await readBackupFile(plain, DEFAULT_LIMITS, {
      keepAttachmentBytes: true,
      bytesOnly,
      inflate: nativeInflate,
      sha256Hex: nativeSha256Hex,
    });
  } catch (error) {
    if (error instanceof BackupError) throw new TourFileError(`Not a valid backup file: ${error.message}`);
    throw error;
  }
  const tour = decoded.data.tours.find((candidate) => candidate.deletedAt === null);
  if (!tour) throw new TourFileError('The backup holds no tour');
  const ofTour = <T extends TourOwned>(records: TourOwned[]) =>
    records.filter((record) => record.tourId === tour.id) as T[];
  const bundle = { tour } as TourBundle;
  for (const kind of TOUR_RECORD_KINDS) {
    (bundle as unknown as Record<string, TourOwned[]>)[kind] = ofTour(decoded.data.records[kind]);
  }
  return {
    format: 'delegation-desk-bundle',
    bundle,
    eventAliases: new Map(),
    attachmentBytes: decoded.attachmentBytes,
  };
}
