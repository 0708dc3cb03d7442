import { sealFile, type FileKey } from '../../lib/crypto/fileEnvelope';
import { nowIso } from '../clock';
import { backupRecoverySource } from '../protection/backupRecovery';
import { deviceId } from '../settings';
import { encodeBundle } from './encodeBundle';
import { sealBodyOffThread } from './sealOffThread';
import { BUNDLE_EXTENSION } from './format';
import { readDataSet, type BackupScope } from './snapshot';

export interface MadeBackup {
  bytes: Uint8Array;
  fileName: string;
  createdAt: string;
  /** Encrypted with the file passphrase (fileEnvelope.ts), or plain. */
  encrypted: boolean;
  /** Encrypted so that this laptop's recovery key opens it too (the database is protected). */
  recoverable: boolean;
}

/** "delegation-desk-2026-11-25-1432.ddbackup": sorts by time, safe on every file system. */
export function backupFileName(createdAt: string, label: string): string {
  const stamp = createdAt.slice(0, 16).replace('T', '-').replace(':', '');
  return `delegation-desk-${label}-${stamp}.${BUNDLE_EXTENSION}`;
}

/**
 * Builds the backup file of one tour or of everything, encrypted with `fileKey` when given (the
 * file passphrase's key, filePassphrase.ts), and then, on a protected laptop, openable with its
 * recovery key too. Writes nothing to the database.
 */
export async function makeBackup(
  scope: BackupScope,
  appVersion: string,
  fileKey: FileKey | null = null,
): Promise<MadeBackup> {
  const createdAt = nowIso();
  // Taken before the records are read: a lock meanwhile then fails the backup as the reading
  // does, rather than leaving a file without its recovery slot.
  const recovery = fileKey ? await backupRecoverySource() : null;
  let bytes: Uint8Array;
  try {
    const data = await readDataSet(scope);
    const zip = await encodeBundle(data, {
      purpose: 'backup',
      createdAt,
      appVersion,
      deviceId: await deviceId(),
    });
    // Sealed off the window's thread (sealOffThread.ts); `zip` is handed over, not used again.
    bytes = fileKey ? await sealFile(zip, fileKey, 'backup', recovery, sealBodyOffThread) : zip;
  } finally {
    recovery?.dataKey.fill(0);
  }
  return {
    bytes,
    createdAt,
    encrypted: fileKey !== null,
    recoverable: recovery !== null,
    fileName: backupFileName(createdAt, scope === 'everything' ? 'all' : 'tour'),
  };
}
