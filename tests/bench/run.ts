/**
 * `npm run bench [-- export search backup exchange xliff browser size photo hostile encryption encryption-browser]`: generates the large tour once (cached
 * under node_modules/.cache), then measures and prints every figure of issue 9. Not a test: it
 * prints numbers and fails only when a benchmark cannot run. BENCH_RUNS sets the number of measured
 * runs (default 5, each after a warm-up). `contents` has LibreOffice lay the large report out and
 * fails when an entry of its contents is not on the page its heading is printed on (minutes).
 */
import 'fake-indexeddb/auto';
import { cpus, totalmem } from 'node:os';
import { benchBackup } from './benchBackup';
import { benchExchange } from './benchExchange';
import { benchBrowser } from './benchBrowser';
import { benchExport } from './benchExport';
import { benchPhoto } from './benchPhoto';
import { benchSearch } from './benchSearch';
import { benchXliff } from './benchXliff';
import { benchBundleSize } from './bundleSize';
import { benchContents } from './benchContents';
import { benchHostile } from './benchHostile';
import { benchEncryption } from './benchEncryption';
import { benchEncryptionBrowser } from './benchEncryptionBrowser';
import { ensureLargeTourBackup } from './largeTourFile';
import { loadLargeTour } from './loadLargeTour';
import { formatFigure, RUNS, type Figure } from './stats';

const ALL = [
  'size',
  'search',
  'backup',
  'exchange',
  'xliff',
  'export',
  'contents',
  'browser',
  'photo',
  'hostile',
  'encryption',
  'encryption-browser',
] as const;

async function main(): Promise<void> {
  const chosen = process.argv.slice(2).filter((arg) => (ALL as readonly string[]).includes(arg));
  const wanted = new Set(chosen.length > 0 ? chosen : ALL);
  const started = performance.now();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(
    `Delegation Desk benchmarks — ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}; ${RUNS} runs after a warm-up, median (min, max)\n`,
  );
  const needsTour = [...wanted].some((part) => part !== 'photo' && part !== 'size' && part !== 'hostile');
  const path = needsTour ? await ensureLargeTourBackup() : '';
  const figures: Figure[] = [];
  const report = (list: Figure[]) => {
    for (const figure of list) process.stdout.write(`  ${formatFigure(figure)}\n`);
    figures.push(...list);
  };
  if (wanted.has('size')) report(await benchBundleSize());
  if (wanted.has('search') || wanted.has('backup') || wanted.has('exchange') || wanted.has('xliff')) {
    const bundle = await loadLargeTour(path);
    if (wanted.has('search')) report(await benchSearch(bundle));
    if (wanted.has('backup')) report(await benchBackup(path, bundle));
    if (wanted.has('exchange')) report(await benchExchange(bundle));
    if (wanted.has('xliff')) report(await benchXliff(path, bundle));
  }
  if (wanted.has('export')) report(await benchExport(path));
  if (wanted.has('contents')) report(await benchContents(path));
  if (wanted.has('browser')) report(await benchBrowser(path, await loadLargeTour(path)));
  if (wanted.has('photo')) report(await benchPhoto());
  if (wanted.has('hostile')) report(await benchHostile());
  if (wanted.has('encryption')) report(await benchEncryption(path));
  if (wanted.has('encryption-browser')) report(await benchEncryptionBrowser(path, await loadLargeTour(path)));
  process.stdout.write(`done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
