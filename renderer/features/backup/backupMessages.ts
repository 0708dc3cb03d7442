import type { TFunction } from 'i18next';
import { BackupError } from '../../db/backup';
import { UnresolvedConflictsError } from '../../domain/merge';
import { FileEnvelopeError } from '../../lib/crypto/fileEnvelope';
import { BackupFolderError, OpenFileError, SaveFileError } from '../../platform';
import { FileReadError } from '../../db/imports/readChosenFile';

/** The translated sentence for anything a backup, restore or exchange can fail with. */
export function backupErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof BackupError) {
    const details: Record<string, string | number> = { ...error.details };
    if (typeof details.kind === 'string') details.kind = t(`backup.kinds.${details.kind}`);
    return t(`backup.errors.${error.code}`, details);
  }
  if (error instanceof FileEnvelopeError) return t(`fileEncryption.errors.${error.code}`);
  if (error instanceof SaveFileError) return t(`platform.errors.${error.code}`);
  if (error instanceof BackupFolderError) return t(`platform.backupErrors.${error.code}`);
  if (error instanceof OpenFileError) return t(`platform.openErrors.${error.code}`);
  if (error instanceof FileReadError) return t('backup.readFailed');
  if (error instanceof UnresolvedConflictsError) return t('backup.exchange.chooseAll');
  return t('backup.unexpected');
}
