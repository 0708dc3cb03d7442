/**
 * `npx tsx tests/bench/profileImportClick.ts [runs] [--import|--idle] [--totals]`: what the window's
 * thread does between a click on Settings and the frame that shows the Settings screen, while a
 * 10,000-card vCard is read in the background (`--import`, the default) or with nothing under way
 * (`--idle`), as tests/e2e/vcardImportWorker.spec.ts measures it. Serves the built renderer
 * (dist-renderer, or PROFILE_DIST) at PROFILE_PORT (default 5385), opens the sample tour in a fresh
 * profile, then per run records the click with the CPU profiler and prints the answer's time, the
 * main thread's busy time and a top-down tree of where it went. `--totals`: no profiler, only the
 * times (the profiler slows the page). Not a benchmark.
 */
import { writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { addressBookVcf } from '../e2e/addressBook';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { serveFolder } from './staticServer';

const DIST = process.env.PROFILE_DIST ?? resolve(import.meta.dirname, '../../dist-renderer');
const PORT = Number(process.env.PROFILE_PORT ?? 5385);
const CARDS = 10_000;

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

function addressBook(): string {
  const file = join(tmpdir(), 'delegation-desk-address-book.vcf');
  writeFileSync(file, addressBookVcf(CARDS));
  return file;
}

const short = (url: string) => url.replace(/^https?:\/\/[^/]+\//, '') || '(native)';
const frameName = (node: ProfileNode) => {
  const frame = node.callFrame;
  return `${frame.functionName || '(anonymous)'} ${short(frame.url)}:${frame.lineNumber + 1}`;
};

/**
 * Prints the top-down tree of the samples between the click's mark and the painted frame's mark:
 * nodes with at least `minimum` ms; a function met again further down its own stack (React's
 * recursive walks) is folded into the first.
 */
function printTree(profile: Profile, minimum: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackOf = (id: number) => {
    const names: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      names.unshift(frameName(byId.get(at)!));
    return names;
  };
  const stacks = profile.samples.map(stackOf);
  const marked = (mark: string) =>
    stacks
      .map((stack, index) => (stack.some((name) => name.includes(mark)) ? index : -1))
      .filter((index) => index >= 0);
  const from = marked('__clickMark')[0] ?? 0;
  const to = marked('__paintMark').at(-1) ?? stacks.length - 1;
  interface Trie {
    ms: number;
    self: number;
    children: Map<string, Trie>;
  }
  const root: Trie = { ms: 0, self: 0, children: new Map() };
  let window = 0;
  for (let index = from; index <= to; index++) {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    window += ms;
    const seen = new Set<string>();
    let at = root;
    at.ms += ms;
    for (const name of stacks[index]!.slice(1)) {
      if (seen.has(name)) continue;
      seen.add(name);
      let next = at.children.get(name);
      if (!next) at.children.set(name, (next = { ms: 0, self: 0, children: new Map() }));
      next.ms += ms;
      at = next;
    }
    at.self += ms;
  }
  const lines: string[] = [];
  const walk = (name: string, node: Trie, depth: number) => {
    lines.push(
      `${node.ms.toFixed(1).padStart(7)} ${node.self.toFixed(1).padStart(6)}  ${'  '.repeat(depth)}${name}`,
    );
    for (const [childName, child] of [...node.children].sort((a, b) => b[1].ms - a[1].ms))
      if (child.ms >= minimum) walk(childName, child, depth + 1);
  };
  process.stdout.write(
    `  ${window.toFixed(0)} ms of samples between the click and the painted frame\n  total   self\n`,
  );
  walk('(root)', root, 0);
  process.stdout.write(`${lines.join('\n')}\n`);
}

const navLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true });

async function openScreen(page: Page, name: string) {
  await navLink(page, name).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor({ timeout: 60_000 });
}

/** As the e2e: from the click's time stamp to the first frame painted with the heading. */
async function armMeasure(page: Page, heading: string) {
  // A string, not a function: tsx would wrap inner functions in a `__name` helper the page lacks.
  await page.evaluate(`(() => {
    const name = ${JSON.stringify(heading)};
    const marks = {};
    window.answer = marks;
    const done = () => [...document.querySelectorAll('h1')].some((element) => element.textContent.trim() === name);
    // Marks in the profile: the samples between them are the answer's (see cropped()).
    const spin = (ms) => { const end = performance.now() + ms; while (performance.now() < end); };
    window.__clickMark = () => spin(2);
    window.__paintMark = () => spin(2);
    document.addEventListener('click', (event) => {
      marks.clickedAt = event.timeStamp;
      if (window.profiling) console.log('T click', (performance.timeOrigin + event.timeStamp).toFixed(0));
      if (window.profiling) window.__clickMark();
      marks.reading = document.querySelector('[role="region"] [role="progressbar"]') !== null;
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          // Handled once the frame's style, layout and paint are done (as the e2e measures).
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            marks.paintedAt = performance.now();
            if (window.profiling) console.log('T painted', (performance.timeOrigin + marks.paintedAt).toFixed(0));
            if (window.profiling) window.__paintMark();
          };
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, { capture: true, once: true });
  })()`);
}

async function readMeasure(page: Page): Promise<{ latency: number; reading: boolean }> {
  // Polled with evaluate: waitForFunction with a string needs eval, which the app's policy refuses.
  for (;;) {
    const marks = (await page.evaluate('window.answer')) as {
      clickedAt: number;
      paintedAt?: number;
      reading: boolean;
    };
    if (marks.paintedAt !== undefined)
      return { latency: marks.paintedAt - marks.clickedAt, reading: marks.reading };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await session.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

async function main(): Promise<void> {
  const runs = Math.max(1, Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 1));
  const idle = process.argv.includes('--idle');
  const totalsOnly = process.argv.includes('--totals');
  const whole = process.argv.includes('--whole');
  const file = addressBook();
  const server = await serveFolder(DIST, PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({
      locale: 'en-US',
      timezoneId: 'Europe/Minsk',
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    // PROFILE_CONSOLE=1: the page's and its workers' console lines too (for a build instrumented by hand).
    if (process.env.PROFILE_CONSOLE)
      page.on('console', (message) => process.stdout.write(`  console: ${message.text()}\n`));
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Not now', exact: true }).click({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Open the sample tour (Hungary, September 2010)' }).click();
    await page
      .getByRole('banner')
      .getByRole('heading', { name: /community policing study tour/ })
      .waitFor();
    await openScreen(page, 'Settings');
    await openScreen(page, 'Contacts');
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    if (!totalsOnly) await page.evaluate('window.profiling = true');
    for (let run = 0; run < runs && whole; run++) {
      // The window's thread over a whole reading, with no click: what the import itself costs it.
      await page.getByRole('button', { name: 'Import vCard' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import vCard' });
      await session.send('Profiler.start');
      const before = await metrics(session);
      await dialog.locator('input[type="file"]').setInputFiles(file);
      await dialog.getByText(/cards to import$/).waitFor({ timeout: 180_000 });
      const after = await metrics(session);
      const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
      process.stdout.write(
        `whole reading ${run + 1}: main thread busy ${delta('TaskDuration').toFixed(0)} ms (script ${delta('ScriptDuration').toFixed(0)}, ` +
          `style ${delta('RecalcStyleDuration').toFixed(0)}, layout ${delta('LayoutDuration').toFixed(0)})\n`,
      );
      const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
      printTree(profile, Number(process.env.PROFILE_MIN_MS ?? 3));
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    for (let run = 0; run < runs && !whole; run++) {
      if (!idle) {
        await page.getByRole('button', { name: 'Import vCard' }).click();
        const dialog = page.getByRole('dialog', { name: 'Import vCard' });
        await dialog.locator('input[type="file"]').setInputFiles(file);
        await dialog.getByRole('button', { name: 'Keep working' }).click();
        await dialog.waitFor({ state: 'detached' });
      }
      await armMeasure(page, 'Settings');
      if (!totalsOnly) await session.send('Profiler.start');
      const before = await metrics(session);
      await navLink(page, 'Settings').click();
      const answer = await readMeasure(page);
      const after = await metrics(session);
      const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
      process.stdout.write(
        `run ${run + 1}: answered in ${answer.latency.toFixed(0)} ms${answer.reading ? ' (while reading)' : idle ? '' : ' (reading over)'}; ` +
          `main thread busy ${delta('TaskDuration').toFixed(0)} ms, its processor time ${delta('ThreadTime').toFixed(0)} ms (script ${delta('ScriptDuration').toFixed(0)}, ` +
          `style ${delta('RecalcStyleDuration').toFixed(0)}, layout ${delta('LayoutDuration').toFixed(0)})\n`,
      );
      if (!totalsOnly) {
        const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
        printTree(profile, Number(process.env.PROFILE_MIN_MS ?? 3));
        await writeFile(
          join(tmpdir(), `delegation-desk-import-click-${run + 1}.cpuprofile`),
          JSON.stringify(profile),
        );
      }
      if (!idle) {
        const region = page.getByRole('region', { name: 'File import' });
        await region.getByRole('button', { name: 'Don’t import' }).click({ timeout: 180_000 });
        await region.waitFor({ state: 'detached' });
      }
      await openScreen(page, 'Contacts');
    }
  } finally {
    await browser.close();
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
