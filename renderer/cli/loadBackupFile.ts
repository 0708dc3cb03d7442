import { readBackupFile } from '../db/backup/restoreBackup';
import { BackupError } from '../db/backup/errors';
import { DEFAULT_LIMITS } from '../db/backup/format';
import type { TourOwned } from '../domain/entities';
import { TOUR_RECORD_KINDS, type TourBundle } from '../domain/tourBundle';
import { TourFileError, type LoadedTour } from './loadTourFile';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** Whether the file's bytes are a zip, i.e. a .ddbackup bundle rather than a JSON tour file. */
export function looksLikeBackup(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/**
 * Reads a backup file (.ddbackup) with the app's own decoder and checks, and takes its first live
 * tour. Event ids in a backup are the records' own ids, so no aliases are needed for --event.
 */
export async function loadBackupFile(bytes: Uint8Array): Promise<LoadedTour> {
  let decoded;
  try {
    decoded = await readBackupFile(bytes, DEFAULT_LIMITS, { keepAttachmentBytes: true });
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
