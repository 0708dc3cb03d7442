/**
 * `npx tsx tests/bench/abStart.ts <distA> <distB> [runs]`: start-up of two builds of the renderer (say,
 * main's and a branch's) measured alternately, run by run, as `npm run bench -- browser` measures
 * one: the large tour's programme, the app with no tour (welcome screen) and the blank Vite React
 * page. Both builds are served from the same origins in turn, so they open the same databases, and
 * each run of A is followed by one of B: on a machine whose speed drifts, both meet the same drift.
 * Prints each figure's median (min–max) per build. The browser profile (large tour restored once) is
 * kept per AB_PORT (default 5211) in the system's temp folder.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { answerFirstRun, restoreThroughBackupScreen } from './benchBrowser';
import { buildBlankPage } from './blankPage';
import { ensureLargeTourBackup } from './largeTourFile';
import { loadLargeTour } from './loadLargeTour';
import { serveFile, serveFolder } from './staticServer';
import { summarise } from './stats';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { mainThreadMs as busyMs } from './chromiumCpu';

const PORT = Number(process.env.AB_PORT ?? 5211);
/** A server whose folder can be switched between runs: the same origin for both builds. */
function switchableServer(port: number): Promise<{ server: Server; serve: (root: string) => void }> {
  let root = '';
  const server = createServer((request, response) => serveFile(root, request, response));
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, serve: (next) => (root = next) })),
  );
}

/** Milliseconds to the first frame showing `text`, and the main thread's busy time until then. */
async function shownAfter(
  page: Page,
  url: string,
  text: string,
): Promise<{ wall: number; busy: number; cpu: number }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const before = await busyMs(session);
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (wanted) => (document.body?.textContent?.includes(wanted) ? performance.now() : false),
    text,
    { polling: 'raf', timeout: 120_000 },
  );
  const wall = (await handle.jsonValue()) as number;
  const after = await busyMs(session);
  return { wall, busy: after.busy - before.busy, cpu: after.cpu - before.cpu };
}

async function main(): Promise<void> {
  const [distA, distB] = process.argv.slice(2, 4);
  if (!distA || !distB) throw new Error('usage: abStart.ts <distA> <distB> [runs]');
  const runs = Math.max(1, Number(process.argv[4] ?? 5));
  const backup = await ensureLargeTourBackup();
  const bundle = await loadLargeTour(backup);
  const firstEvent = [...bundle.events].sort((a, b) => a.start.localeCompare(b.start))[0]!;
  const { server, serve } = await switchableServer(PORT);
  const blankDist = await buildBlankPage();
  const blank = await serveFolder(blankDist);
  const profileDir = join(tmpdir(), `delegation-desk-ab-${PORT}`);
  await mkdir(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    locale: 'en-US',
    timezoneId: 'Europe/Minsk',
    viewport: { width: 1280, height: 800 },
  });
  // 127.0.0.1 holds the large tour; localhost (another origin, same server) has an empty database.
  const tourUrl = `http://127.0.0.1:${PORT}/`;
  const emptyUrl = `http://localhost:${PORT}/`;
  try {
    serve(distA);
    const marker = join(profileDir, 'restored');
    if (!existsSync(marker)) {
      await restoreThroughBackupScreen(context, tourUrl, backup);
      await answerFirstRun(context, emptyUrl);
      await writeFile(marker, '');
    }
    const cases = [
      { name: 'programme', url: `${tourUrl}#/programme`, text: firstEvent.title.en ?? '' },
      { name: 'welcome', url: emptyUrl, text: 'Create a study tour' },
    ];
    const times = new Map<string, number[]>();
    const open = async (url: string, text: string) => {
      const page = await context.newPage();
      try {
        return await shownAfter(page, url, text);
      } finally {
        await page.close();
      }
    };
    const record = (key: string, { wall, busy, cpu }: { wall: number; busy: number; cpu: number }) => {
      times.set(key, [...(times.get(key) ?? []), wall]);
      times.set(`${key} busy`, [...(times.get(`${key} busy`) ?? []), busy]);
      times.set(`${key} cpu`, [...(times.get(`${key} cpu`) ?? []), cpu]);
    };
    // A warm-up of each (not counted): caches filled for both builds.
    for (const dist of [distA, distB]) {
      serve(dist);
      for (const { url, text } of cases) await open(url, text);
    }
    await open(blank.url, 'Blank page ready');
    for (let run = 0; run < runs; run += 1) {
      for (const { name, url, text } of cases)
        for (const [label, dist] of run % 2 === 0
          ? ([
              ['A', distA],
              ['B', distB],
            ] as const)
          : ([
              ['B', distB],
              ['A', distA],
            ] as const)) {
          serve(dist);
          record(`${name} ${label}`, await open(url, text));
        }
      record('blank', await open(blank.url, 'Blank page ready'));
    }
    for (const [key, list] of [...times].sort((a, b) => a[0].localeCompare(b[0]))) {
      const figure = summarise(key, 'ms', list);
      process.stdout.write(
        `${key.padEnd(17)} ${figure.median.toFixed(0).padStart(5)} ms (${figure.min.toFixed(0)}–${figure.max.toFixed(0)})  [${list.map((ms) => ms.toFixed(0)).join(' ')}]\n`,
      );
    }
  } finally {
    await context.close();
    server.close();
    await blank.close();
    await rm(dirname(blankDist), { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
