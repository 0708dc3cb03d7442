import { readFile } from 'node:fs/promises';
import { loadBackupFile } from '../../renderer/cli/loadBackupFile';
import type { TourBundle } from '../../renderer/domain/tourBundle';

/** The large tour's records, read from its backup file with the app's own decoder. */
export async function loadLargeTour(path: string): Promise<TourBundle> {
  return (await loadBackupFile(new Uint8Array(await readFile(path)))).bundle;
}
