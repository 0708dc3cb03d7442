import { useEffect } from 'react';
import { backupsFolder, reportErrorToDesktop } from '../../platform';

/** How often the app looks whether an automatic backup is due (it writes one at most every five minutes). */
const CHECK_EVERY_MS = 60 * 1000;
/**
 * The first look comes a little after start-up: a backup due from the last session reads and
 * zips every record, which would otherwise compete with the first screen for the window.
 */
const FIRST_CHECK_AFTER_MS = 10 * 1000;

/**
 * In the desktop app, writes a backup of everything to the backups folder after changes, at most
 * every five minutes, keeping the last 20 plus one per day for 30 days. Nothing in a browser,
 * where the Backup screen reminds the user to download one instead.
 */
export function useAutomaticBackups(): void {
  useEffect(() => {
    if (!backupsFolder.available()) return;
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        // Loaded on the first look, not at start-up: the zip writer is not needed for the first screen.
        const { runAutomaticBackup } = await import('../../db/backup/automaticBackup');
        await runAutomaticBackup(backupsFolder, __APP_VERSION__, new Date());
      } catch (error) {
        // A failed automatic backup must not disturb the work; the log keeps it for support.
        console.error(error);
        reportErrorToDesktop(error);
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
