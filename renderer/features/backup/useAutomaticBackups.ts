import { useEffect } from 'react';
import type { BackupsFolder } from '../../db/backup/automaticBackup';
import { backupsFolder, reportErrorToDesktop } from '../../platform';
import { automaticBackupFailureReason } from './automaticBackupFailure';

/** How often the app looks whether an automatic backup is due (it writes one at most every five minutes). */
const CHECK_EVERY_MS = 60 * 1000;
/**
 * The first look comes a little after start-up: a backup due from the last session reads and
 * zips every record, which would otherwise compete with the first screen for the window.
 */
const FIRST_CHECK_AFTER_MS = 10 * 1000;

/**
 * One look: writes an automatic backup when one is due. A failure must not interrupt the work, but it
 * must not pass unseen either: it is remembered (the Backup screen and the Overview's readiness list
 * show it) until a backup succeeds, and it goes to the log for support.
 */
export async function automaticBackupTick(
  folder: BackupsFolder,
  appVersion: string,
  now: Date,
): Promise<void> {
  // Loaded on the first look, not at start-up: the zip writer is not needed for the first screen.
  const status = await import('../../db/backup/automaticBackupStatus');
  try {
    const { runAutomaticBackup } = await import('../../db/backup/automaticBackup');
    const written = await runAutomaticBackup(folder, appVersion, now);
    if (written !== null) await status.clearAutomaticBackupFailure();
  } catch (error) {
    console.error(error);
    reportErrorToDesktop(error);
    await status.recordAutomaticBackupFailure({
      at: now.toISOString(),
      reason: automaticBackupFailureReason(error),
    });
  }
}

/**
 * In the desktop app, writes a backup of everything to the backups folder after changes, at most every
 * five minutes, keeping every one of the last hour, one an hour for a day and one a day for a month.
 * Nothing in a browser, where the Backup screen reminds the user to download one instead.
 */
export function useAutomaticBackups(): void {
  useEffect(() => {
    if (!backupsFolder.available()) return;
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        await automaticBackupTick(backupsFolder, __APP_VERSION__, new Date());
      } catch (error) {
        console.error(error); // the failure could not even be recorded
      } finally {
        running = false;
      }
    };
    const timer = setInterval(() => void tick(), CHECK_EVERY_MS);
    const first = setTimeout(() => void tick(), FIRST_CHECK_AFTER_MS);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, []);
}

/** Mount once in the app shell: runs automatic backups in the desktop app. Renders nothing. */
export function AutomaticBackups() {
  useAutomaticBackups();
  return null;
}
