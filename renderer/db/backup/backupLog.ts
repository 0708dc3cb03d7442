import { BACKUP_DUE_AFTER_MS, backupDue, backupState } from '../../domain/overview/readiness';
import { readSetting, writeSetting } from '../settings';

const LAST_BACKUP_AT = 'backup.lastBackupAt';

/** When the user last saved a backup on this computer (ISO timestamp), if ever. */
export function readLastBackupAt(): Promise<string | undefined> {
  return readSetting<string>(LAST_BACKUP_AT);
}

export function recordBackupMade(at: string): Promise<void> {
  return writeSetting(LAST_BACKUP_AT, at);
}

export const ONE_DAY_MS = BACKUP_DUE_AFTER_MS;

/** The browser reminds the user to download a backup when the last one is older than a day (or none exists). */
export function backupIsDue(lastBackupAt: string | undefined, now: Date, hasData: boolean): boolean {
  return backupDue(backupState(lastBackupAt, now.getTime(), hasData));
}

export const BACKUP_SETTING_KEYS = { lastBackupAt: LAST_BACKUP_AT } as const;
