import { nowIso } from '../clock';
import { deviceId } from '../settings';
import { encodeBundle } from './encodeBundle';
import { BUNDLE_EXTENSION } from './format';
import { readDataSet, type BackupScope } from './snapshot';

export interface MadeBackup {
  bytes: Uint8Array;
  fileName: string;
  createdAt: string;
}

/** "delegation-desk-2026-11-25-1432.ddbackup": sorts by time, safe on every file system. */
export function backupFileName(createdAt: string, label: string): string {
  const stamp = createdAt.slice(0, 16).replace('T', '-').replace(':', '');
  return `delegation-desk-${label}-${stamp}.${BUNDLE_EXTENSION}`;
}

/** Builds the backup file of one tour or of everything. Writes nothing to the database. */
export async function makeBackup(scope: BackupScope, appVersion: string): Promise<MadeBackup> {
  const createdAt = nowIso();
  const data = await readDataSet(scope);
  const bytes = await encodeBundle(data, {
    purpose: 'backup',
    createdAt,
    appVersion,
    deviceId: await deviceId(),
  });
  return { bytes, createdAt, fileName: backupFileName(createdAt, scope === 'everything' ? 'all' : 'tour') };
}
