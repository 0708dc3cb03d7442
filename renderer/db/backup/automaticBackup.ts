import { db } from '../database';
import { runExclusive } from '../exclusiveWork';
import { readSetting, writeSetting } from '../settings';
import { recordBackupMade } from './backupLog';
import { BUNDLE_EXTENSION, BUNDLE_KINDS } from './format';
import { rememberedFileKey } from './filePassphrase';
import { makeBackup } from './makeBackup';
import {
  addToAutomaticBackupIndex,
  rotateAutomaticBackups,
  startAutomaticBackupIndex,
} from './automaticBackupIndex';
import type { KeptBackup } from './retention';
import { tableOf } from './tables';

/** Where automatic backups go: the desktop shell's backups folder (platform.backupsFolder). */
export interface BackupsFolder {
  write(name: string, bytes: Uint8Array): Promise<unknown>;
  list(): Promise<KeptBackup[]>;
  remove(name: string): Promise<void>;
}

/** At most one automatic backup in this time, however much is written. */
export const AUTOMATIC_BACKUP_INTERVAL_MS = 5 * 60 * 1000;

const LAST_AUTOMATIC = 'backup.lastAutomatic';

interface LastAutomatic {
  at: string;
  /** The newest change (updatedAt) the backup contained. */
  dataVersion: string;
}

/** The time of the newest change in the database, from the updatedAt indexes. */
async function newestChange(): Promise<string> {
  let newest = '';
  for (const kind of BUNDLE_KINDS) {
    const last = await tableOf(kind).orderBy('updatedAt').last();
    if (last && last.updatedAt > newest) newest = last.updatedAt;
  }
  return newest;
}

/** "2026-11-25T14-32-10Z.ddbackup": sorts by time, allowed by the shell's file-name rule. */
export function automaticBackupName(at: string): string {
  return `${at.slice(0, 19).replace(/:/g, '-')}Z.${BUNDLE_EXTENSION}`;
}

/**
 * Writes a backup of everything to the backups folder when something changed since the last
 * automatic one and that one is at least five minutes old; then deletes what the retention
 * policy no longer keeps among the files the app made itself (automaticBackupIndex.ts). Returns
 * the file name written, or null when nothing was due.
 */
export function runAutomaticBackup(
  folder: BackupsFolder,
  appVersion: string,
  now: Date,
): Promise<string | null> {
  // Never while protection is being turned on: its bookkeeping writes would spoil the sealed copy.
  return runExclusive(() => backUpIfDue(folder, appVersion, now));
}

async function backUpIfDue(folder: BackupsFolder, appVersion: string, now: Date): Promise<string | null> {
  const last = await readSetting<LastAutomatic>(LAST_AUTOMATIC);
  if (last && now.getTime() - new Date(last.at).getTime() < AUTOMATIC_BACKUP_INTERVAL_MS) return null;
  const dataVersion = await newestChange();
  if (dataVersion === '' || (last && last.dataVersion === dataVersion)) return null;
  if ((await db.tours.count()) === 0) return null;

  // Before the first write that the index keeps: what an earlier version wrote becomes the app's own.
  await startAutomaticBackupIndex(folder);
  // Encrypted like every backup when the delegation's file passphrase is set on this laptop.
  const backup = await makeBackup('everything', appVersion, await rememberedFileKey());
  const name = automaticBackupName(backup.createdAt);
  await folder.write(name, backup.bytes);
  await addToAutomaticBackupIndex(name);
  await writeSetting(LAST_AUTOMATIC, { at: backup.createdAt, dataVersion } satisfies LastAutomatic);
  await recordBackupMade(backup.createdAt);
  await rotateAutomaticBackups(folder, now);
  return name;
}
