// The app's own list of the automatic backups it wrote. Rotation deletes only files that are both named
// as the app names them and listed here: a backup or zip a user copies into the folder is never touched,
// even one named like an automatic backup.
import { db } from '../database';
import { readSetting, writeSetting } from '../settings';
import { backupsToDelete, type KeptBackup } from './retention';

const INDEX_KEY = 'backup.automaticIndex';

/** "2026-11-25T14-32-10Z.ddbackup": how the app names an automatic backup (electron/backupsFolder.ts agrees). */
export const AUTOMATIC_BACKUP_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.ddbackup$/;

export function isAutomaticBackupName(name: string): boolean {
  return AUTOMATIC_BACKUP_NAME.test(name);
}

/** The names the app wrote; undefined before the first backup of a version that keeps the index. */
export function readAutomaticBackupIndex(): Promise<string[] | undefined> {
  return readSetting<string[]>(INDEX_KEY);
}

/**
 * Starts the index once, from the app-named files already in the folder: they were written by an
 * earlier version of the app, which kept no index, and would otherwise never be rotated.
 */
export async function startAutomaticBackupIndex(folder: Pick<RotatedFolder, 'list'>): Promise<void> {
  if ((await readAutomaticBackupIndex()) !== undefined) return;
  const listed = await folder.list();
  await db.transaction('rw', db.settings, async () => {
    if ((await readAutomaticBackupIndex()) !== undefined) return;
    await writeSetting(INDEX_KEY, listed.map((backup) => backup.name).filter(isAutomaticBackupName));
  });
}

async function updateIndex(change: (names: Set<string>) => void): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const names = new Set((await readAutomaticBackupIndex()) ?? []);
    change(names);
    await writeSetting(INDEX_KEY, [...names].sort());
  });
}

export function addToAutomaticBackupIndex(name: string): Promise<void> {
  return updateIndex((names) => names.add(name));
}

/** What rotation needs of the backups folder. */
export interface RotatedFolder {
  list(): Promise<KeptBackup[]>;
  remove(name: string): Promise<void>;
}

/**
 * Deletes the app's own backups the retention policy no longer keeps, and forgets in the index
 * what is gone from the folder. Returns the names deleted. Files not in the index are left alone.
 */
export async function rotateAutomaticBackups(folder: RotatedFolder, now: Date): Promise<string[]> {
  const listed = await folder.list();
  const index = new Set((await readAutomaticBackupIndex()) ?? []);
  const own = listed.filter((backup) => index.has(backup.name) && isAutomaticBackupName(backup.name));
  const removed: string[] = [];
  for (const name of backupsToDelete(own, now)) {
    await folder.remove(name);
    removed.push(name);
  }
  const present = new Set(listed.map((backup) => backup.name));
  await updateIndex((names) => {
    for (const name of [...names]) if (!present.has(name) || removed.includes(name)) names.delete(name);
  });
  return removed;
}
