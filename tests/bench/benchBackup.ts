import { readFile } from 'node:fs/promises';
import { db } from '../../renderer/db/database';
import { makeBackup, readBackupFile, restoreBackup } from '../../renderer/db/backup';
import type { TourBundle } from '../../renderer/domain/tourBundle';
import { RUNS, sample, summarise, timed, type Figure } from './stats';

/** Empties the (fake) IndexedDB between runs, so each restore starts from a computer without the tour. */
async function clearDatabase(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) if (table.name !== 'settings') await table.clear();
  });
}

/** Backup and restore of the large tour. */
export async function benchBackup(backupPath: string, bundle: TourBundle): Promise<Figure[]> {
  const file = new Uint8Array(await readFile(backupPath));

  const restore = await sample(RUNS, async () => {
    await clearDatabase();
    return timed(async () => restoreBackup(await readBackupFile(file)));
  });
  // The database now holds the tour: back it up as the Backup screen does.
  const backup = await sample(RUNS, () => timed(() => makeBackup({ tourId: bundle.tour.id }, 'bench')));

  return [
    summarise(
      'Backup of the large tour (read + zip)',
      'ms',
      backup,
      `${(file.length / 1e6).toFixed(1)} MB file`,
    ),
    summarise('Restore of the large tour (check + write)', 'ms', restore),
  ];
}
