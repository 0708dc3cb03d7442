import type { AutomaticBackupFailureReason } from '../../domain/overview/automaticBackupFailure';
import { BackupError } from '../../db/backup/errors';
import { BackupFolderError } from '../../platform';

/** What the user is told of a failed automatic backup: the folder's own reasons, else a general one. */
export function automaticBackupFailureReason(error: unknown): AutomaticBackupFailureReason {
  if (error instanceof BackupFolderError) {
    if (error.code === 'disk-full' || error.code === 'not-writable' || error.code === 'too-large')
      return error.code;
    return 'write-failed';
  }
  if (error instanceof BackupError && error.code === 'quota-exceeded') return 'disk-full';
  return 'unexpected';
}
