import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { makePhoto } from './generate/jpeg';
import { BENCH_DIR } from './largeTourFile';
import { serveFolder } from './staticServer';
import { RUNS, single, summarise, type Figure } from './stats';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

const DIST = resolve(import.meta.dirname, '../../dist-renderer');
const PHOTO = join(BENCH_DIR, 'photo-12mp.jpg');

/** A 4000×3000 camera-sized JPEG (seeded noise, so it is as hard to decode as a real photo). */
async function ensurePhoto(): Promise<string> {
  if (existsSync(PHOTO)) return PHOTO;
  await mkdir(BENCH_DIR, { recursive: true });
  await writeFile(PHOTO, makePhoto(12, 4000, 3000, 90).bytes);
  return PHOTO;
}

// Strings, not functions: tsx would wrap inner functions in a `__name` helper the page lacks.
const OBSERVE_LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
})()`;

/**
 * A 12-megapixel JPEG added to a finding through the form, in Chromium: the time from choosing the
 * file to its caption field (the photo is ready to save), and the longest task the window's main
 * thread ran meanwhile (over 50 ms is a "long task"; the interface should have none over 100 ms).
 */
export async function benchPhoto(): Promise<Figure[]> {
  const photo = await ensurePhoto();
  const app = await serveFolder(DIST);
  const profile = join(BENCH_DIR, 'chromium-profile-photo');
  await rm(profile, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = await context.newPage();
    await page.goto(app.url);
    await page
      .getByRole('button', { name: 'Open the sample tour (Hungary, September 2010)' })
      .click({ timeout: 60_000 });
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Findings' })
      .click();
    await page.getByRole('button', { name: 'New finding' }).click();
    const form = page.getByRole('dialog', { name: 'New finding' });
    await page.evaluate(OBSERVE_LONG_TASKS);
    // The same window left alone for 3 s: on a loaded machine even an idle page has long tasks.
    const idleFrom = (await page.evaluate('performance.now()')) as number;
    await page.waitForTimeout(3000);
    const idleTasks = (await page.evaluate('window.__longTasks')) as { start: number; duration: number }[];
    const idleLongest = Math.max(
      0,
      ...idleTasks.filter((task) => task.start >= idleFrom).map((task) => task.duration),
    );
    const times: number[] = [];
    const longest: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const name = `camera-${run}.jpg`;
      const started = (await page.evaluate('performance.now()')) as number;
      // A path, not a buffer: Playwright would build a buffer's File with script in the page,
      // which is itself a long task on the main thread and would be counted against the app.
      const file = join(BENCH_DIR, name);
      await copyFile(photo, file);
      await form.locator('input[type=file]').setInputFiles(file);
      const ready = await page.waitForFunction(
        (label) =>
          [...document.querySelectorAll('label')].some((element) => element.textContent?.includes(label))
            ? performance.now()
            : false,
        `Caption of ${name}`,
        { polling: 'raf', timeout: 120_000 },
      );
      const finished = (await ready.jsonValue()) as number;
      const tasks = (await page.evaluate('window.__longTasks')) as { start: number; duration: number }[];
      const worst = Math.max(
        0,
        ...tasks
          .filter((task) => task.start >= started && task.start <= finished)
          .map((task) => task.duration),
      );
      // The first run warms up the worker's code and the image decoders: not counted.
      if (run === 0) continue;
      times.push(finished - started);
      longest.push(worst);
    }
    return [
      summarise(
        'Photo: a 12-megapixel JPEG prepared in the finding form (worker)',
        'ms',
        times,
        'target ≤ 1000 ms',
      ),
      summarise(
        'Photo: longest main-thread task meanwhile',
        'ms',
        longest,
        'target ≤ 100 ms (0: none over 50 ms)',
      ),
      single(
        'Photo: longest main-thread task of the same page left idle for 3 s',
        'ms',
        idleLongest,
        "the machine's own noise",
      ),
    ];
  } finally {
    await context.close();
    await app.close();
  }
}
