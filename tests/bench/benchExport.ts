import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BENCH_DIR } from './largeTourFile';
import { RUNS, sample, single, summarise, type Figure } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKER = join(ROOT, 'tests/bench/exportWorker.ts');

interface WorkerResult {
  ms: number;
  peakMb: number;
}

/** One export in a fresh Node process (tsx), so peak memory is that export's alone. */
function runWorker(mode: 'app' | 'bare', backup: string): Promise<WorkerResult> {
  const out = join(BENCH_DIR, `export-${mode}.docx`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, mode, backup, out], {
      cwd: ROOT,
      // The CLI's notes would repeat each run: shown only on failure.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0) reject(new Error(`export worker (${mode}) exited with ${code}\n${stderr}`));
      else resolvePromise(JSON.parse(last) as WorkerResult);
    });
  });
}

/** Report export of the large tour through the CLI's code path, against a bare `docx` build. */
export async function benchExport(backup: string): Promise<Figure[]> {
  const runs = Math.max(1, Number(process.env.BENCH_EXPORT_RUNS ?? RUNS));
  const appPeaks: number[] = [];
  const barePeaks: number[] = [];
  // Each run is a fresh process, so a warm-up would warm nothing but the file cache (the
  // generator has just written the backup file): no warm-up run, which saves a minute.
  const app = await sample(
    runs,
    async () => {
      const result = await runWorker('app', backup);
      appPeaks.push(result.peakMb);
      return result.ms;
    },
    0,
  );
  const bare = await sample(
    runs,
    async () => {
      const result = await runWorker('bare', backup);
      barePeaks.push(result.peakMb);
      return result.ms;
    },
    0,
  );
  await rm(join(BENCH_DIR, 'export-app.docx'), { force: true });
  await rm(join(BENCH_DIR, 'export-bare.docx'), { force: true });
  const appFigure = summarise(
    'Export: report of the large tour, `npm run export` (contents numbered)',
    'ms',
    app,
    'target ≤ 3 s; a fresh process each run, no warm-up',
  );
  const bareFigure = summarise('Export: bare docx build of the same content', 'ms', bare);
  const figures = [
    appFigure,
    summarise('Export: peak memory (RSS)', 'MB', appPeaks, 'target ≤ 600 MB'),
    bareFigure,
    summarise('Export: bare docx peak memory (RSS)', 'MB', barePeaks),
    single(
      'Export: overhead ratio (app / bare, medians)',
      '×',
      appFigure.median / bareFigure.median,
      'target ≤ 1.3',
    ),
  ];
  return figures;
}
