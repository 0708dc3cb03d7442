/**
 * `npx tsx tests/bench/profileStart.ts [programme|welcome] [runs] [--totals]`: where the start-up's time goes.
 * Opens the built renderer (dist-renderer) in Chromium as `npm run bench -- browser` does, records
 * one start-up with the CPU profiler and prints: the time until the screen's text is shown, the
 * browser's own totals (script, style, layout), the requests in the order they started, and the
 * functions and files that took the most time. Not a benchmark: the profiler slows the page down.
 * `--totals` leaves the profiler off and prints, per run, the time to the screen and the main
 * thread's busy time: on a machine busy with other work the latter varies less than the former.
 *
 * The browser profile (with the large tour restored into it once) is kept in the system's temp
 * folder per port (PROFILE_PORT, default 5185), so later runs start at once. PROFILE_DIST: another
 * build to serve (say, main's, for a comparison), with the same database.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { answerFirstRun, restoreThroughBackupScreen } from './benchBrowser';
import { ensureLargeTourBackup } from './largeTourFile';
import { loadLargeTour } from './loadLargeTour';
import { serveFolder } from './staticServer';

const DIST = process.env.PROFILE_DIST ?? resolve(import.meta.dirname, '../../dist-renderer');
const PORT = Number(process.env.PROFILE_PORT ?? 5185);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const short = (url: string) => url.replace(/^https?:\/\/[^/]+\//, '') || '(native)';

function selfTimes(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${short(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(short(frame.url), (byFile.get(short(frame.url)) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  return { functions: top(byFunction, 40), files: top(byFile, 25) };
}

async function waitForText(page: Page, text: string): Promise<number> {
  const handle = await page.waitForFunction(
    (wanted) => (document.body?.textContent?.includes(wanted) ? performance.now() : false),
    text,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await session.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

async function main(): Promise<void> {
  const which = process.argv[2] === 'welcome' ? 'welcome' : 'programme';
  const runs = Math.max(1, Number(process.argv[3] ?? 1));
  const totalsOnly = process.argv.includes('--totals');
  const backup = await ensureLargeTourBackup();
  const bundle = await loadLargeTour(backup);
  const server = await serveFolder(DIST, PORT);
  const profileDir = join(tmpdir(), `delegation-desk-profile-${PORT}`);
  await mkdir(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: ARGS,
    locale: 'en-US',
    timezoneId: 'Europe/Minsk',
    viewport: { width: 1280, height: 800 },
  });
  try {
    // 127.0.0.1 holds the large tour; localhost (another origin, same server) has an empty database.
    const marker = join(profileDir, 'restored');
    if (!existsSync(marker)) {
      await restoreThroughBackupScreen(context, server.url, backup);
      await answerFirstRun(context, server.url.replace('127.0.0.1', 'localhost'));
      await writeFile(marker, '');
    }
    const firstEvent = [...bundle.events].sort((a, b) => a.start.localeCompare(b.start))[0]!;
    const [url, text] =
      which === 'programme'
        ? [`${server.url}#/programme`, firstEvent.title.en ?? '']
        : [server.url.replace('127.0.0.1', 'localhost'), 'Create a study tour'];
    for (let run = 0; run < runs; run += 1) {
      // A warm-up load first, as the benchmark measures a warm start.
      const warm = await context.newPage();
      await warm.goto(url, { waitUntil: 'commit' });
      process.stdout.write(`warm-up: ${(await waitForText(warm, text)).toFixed(0)} ms\n`);
      await warm.close();

      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      await session.send('Performance.enable');
      if (!totalsOnly) {
        await session.send('Profiler.enable');
        await session.send('Profiler.setSamplingInterval', { interval: 200 });
        await session.send('Profiler.start');
      }
      const before = await metrics(session);
      await page.goto(url, { waitUntil: 'commit' });
      const shownAt = await waitForText(page, text);
      const after = await metrics(session);
      const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
      if (totalsOnly) {
        await page.close();
        process.stdout.write(
          `${which}: shown at ${shownAt.toFixed(0)} ms; main thread busy ${delta('TaskDuration').toFixed(0)} ms ` +
            `(script ${delta('ScriptDuration').toFixed(0)}, style ${delta('RecalcStyleDuration').toFixed(0)}, ` +
            `layout ${delta('LayoutDuration').toFixed(0)})\n`,
        );
        continue;
      }
      const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
      const resources = (await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => ({
          name: entry.name,
          start: entry.startTime,
          end: (entry as PerformanceResourceTiming).responseEnd,
        })),
      )) as { name: string; start: number; end: number }[];
      const marks = await page.evaluate(() =>
        performance.getEntriesByType('paint').map((entry) => `${entry.name} ${entry.startTime.toFixed(0)}`),
      );
      await page.close();

      process.stdout.write(`\n${which}: shown at ${shownAt.toFixed(0)} ms (profiled); ${marks.join(', ')}\n`);
      process.stdout.write(
        `browser totals: task ${delta('TaskDuration').toFixed(0)} ms, script ${delta('ScriptDuration').toFixed(0)} ms, ` +
          `style ${delta('RecalcStyleDuration').toFixed(0)} ms (${after.RecalcStyleCount} recalcs), ` +
          `layout ${delta('LayoutDuration').toFixed(0)} ms (${after.LayoutCount} layouts)\n`,
      );
      process.stdout.write(`\n${resources.length} requests (start → end ms):\n`);
      for (const entry of resources.sort((a, b) => a.start - b.start))
        process.stdout.write(
          `  ${entry.start.toFixed(0).padStart(5)} → ${entry.end.toFixed(0).padStart(5)}  ${short(entry.name)}\n`,
        );
      const { functions, files } = selfTimes(profile);
      process.stdout.write('\nself time by file (ms):\n');
      for (const [name, ms] of files) process.stdout.write(`  ${ms.toFixed(1).padStart(7)}  ${name}\n`);
      process.stdout.write('\nself time by function (ms):\n');
      for (const [name, ms] of functions) process.stdout.write(`  ${ms.toFixed(1).padStart(7)}  ${name}\n`);
      await writeFile(join(tmpdir(), `delegation-desk-${which}.cpuprofile`), JSON.stringify(profile));
    }
  } finally {
    await context.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
