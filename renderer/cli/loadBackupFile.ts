import { readBackupFile } from '../db/backup/readBackupFile';
import { BackupError } from '../db/backup/errors';
import { DEFAULT_LIMITS } from '../db/backup/format';
import type { TourOwned } from '../domain/entities';
import { FileEnvelopeError, isEncryptedFile } from '../lib/crypto/fileEnvelope';
import { openEncryptedFile, type AskPassphrase, type FileSecret } from '../lib/crypto/openEncryptedFile';
import { PASSPHRASE_VARIABLE, RECOVERY_KEY_VARIABLE, type BackupSecrets } from './backupSecrets';
import { TOUR_RECORD_KINDS, type TourBundle } from '../domain/tourBundle';
import { TourFileError, type LoadedTour } from './loadTourFile';
import { nativeInflate, nativeSha256Hex } from './nativeCodecs';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** Whether the file's bytes are a .ddbackup bundle (a zip, or an encrypted one) rather than a JSON tour file. */
export function looksLikeBackup(bytes: Uint8Array): boolean {
  return isEncryptedFile(bytes) || ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

const ENVELOPE_PROBLEMS: Record<FileEnvelopeError['code'], string> = {
  'passphrase-needed': `The backup is encrypted: give its passphrase with --passphrase-file FILE or in the environment variable ${PASSPHRASE_VARIABLE} (or the recovery key of the laptop that made it with --recovery-key-file FILE or ${RECOVERY_KEY_VARIABLE})`,
  'wrong-passphrase': 'The passphrase is wrong: the backup was not opened',
  'wrong-recovery-key':
    'The recovery key does not open this backup: the key is wrong (a recovery key opens only the backups made on its own laptop) or the backup is damaged, which cannot be told apart here; the backup was not opened',
  'no-recovery-slot':
    'This backup was made without a place for the recovery key (on a laptop without protection, or by an older version): only its passphrase opens it',
  damaged: 'The backup was changed or damaged after it was made: it was not opened',
  'bad-header': 'The encrypted backup is damaged or was made by a newer version of the app',
};

/**
 * The answers to the envelope's questions, in order: the passphrase, then the recovery key (tried
 * when the passphrase is missing or wrong, if the file has a recovery slot).
 */
function answersFrom({ passphrase, recoveryKey }: BackupSecrets): AskPassphrase {
  const answers: FileSecret[] = [];
  if (passphrase) answers.push({ kind: 'passphrase', text: passphrase });
  if (recoveryKey) answers.push({ kind: 'recoveryKey', text: recoveryKey });
  return async (question) => {
    const next = answers.shift() ?? null;
    if (next?.kind === 'recoveryKey' && !question.recoveryKey) {
      // Said plainly rather than as "wrong passphrase": this file cannot take a recovery key at all.
      if (question.reason === 'needed') throw new FileEnvelopeError('no-recovery-slot');
      return null;
    }
    return next;
  };
}

/** The zip inside an encrypted backup (a plain one as it is), opened with the secrets given. */
async function openBackup(bytes: Uint8Array, secrets: BackupSecrets): Promise<Uint8Array> {
  try {
    return (await openEncryptedFile(bytes, [], answersFrom(secrets))).plain;
  } catch (error) {
    if (error instanceof FileEnvelopeError) throw new TourFileError(ENVELOPE_PROBLEMS[error.code]);
    throw error;
  }
}

/**
 * Reads a backup file (.ddbackup) with the app's own decoder and checks, and takes its first live
 * tour. Event ids in a backup are the records' own ids, so no aliases are needed for --event.
 * An encrypted backup needs the delegation's file passphrase, or the recovery key of the laptop
 * that made it (a backup with a recovery slot).
 */
export async function loadBackupFile(
  bytes: Uint8Array,
  secrets: BackupSecrets = {},
  /**
   * The photos only in `attachmentBytes`, their Blobs left empty: for the exporter, which reads
   * the bytes and saves no record (Node would copy 60 MB of photos into Blobs for nothing).
   */
  { bytesOnly = false }: { bytesOnly?: boolean } = {},
): Promise<LoadedTour> {
  const plain = await openBackup(bytes, secrets);
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
