import { readSetting, writeSetting } from '../settings';

const LAST_BACKUP_AT = 'backup.lastBackupAt';

/** When the user last saved a backup on this computer (ISO timestamp), if ever. */
export function readLastBackupAt(): Promise<string | undefined> {
  return readSetting<string>(LAST_BACKUP_AT);
}

export function recordBackupMade(at: string): Promise<void> {
  return writeSetting(LAST_BACKUP_AT, at);
}

export const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** The browser reminds the user to download a backup when the last one is older than a day (or none exists). */
export function backupIsDue(lastBackupAt: string | undefined, now: Date, hasData: boolean): boolean {
  if (!hasData) return false;
  if (!lastBackupAt) return true;
  return now.getTime() - new Date(lastBackupAt).getTime() > ONE_DAY_MS;
}

export const BACKUP_SETTING_KEYS = { lastBackupAt: LAST_BACKUP_AT } as const;
