import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTour, LARGE_TOUR } from './generate/largeTour';
import { backupBytes } from './generate/writeBackup';

/** Where the bench keeps its generated files: outside the sources, never committed. */
export const BENCH_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../node_modules/.cache/delegation-desk-bench',
);
export const LARGE_TOUR_BACKUP = join(BENCH_DIR, 'large-tour.ddbackup');

/** Generates the large tour's backup file once; later runs reuse it (same seed, same bytes). */
export async function ensureLargeTourBackup(regenerate = false): Promise<string> {
  if (!regenerate && existsSync(LARGE_TOUR_BACKUP)) return LARGE_TOUR_BACKUP;
  await mkdir(BENCH_DIR, { recursive: true });
  const started = performance.now();
  const bytes = await backupBytes(generateTour(LARGE_TOUR));
  await writeFile(LARGE_TOUR_BACKUP, bytes);
  process.stdout.write(
    `generated ${LARGE_TOUR_BACKUP} (${(bytes.length / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return LARGE_TOUR_BACKUP;
}

// `npx tsx tests/bench/largeTourFile.ts` writes (or rewrites) the file and prints its path.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  ensureLargeTourBackup(true).then(
    (path) => process.stdout.write(`${path}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
