import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { TourBundle } from '../../renderer/domain/tourBundle';
import { buildBlankPage } from './blankPage';
import { serveFolder } from './staticServer';
import { RUNS, sample, single, summarise, timed, type Figure } from './stats';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

/** Above this, a language switch is measured fewer times (see below). */
const SLOW_SWITCH_MS = 2000;
// BENCH_DIST: another build to measure (say, main's, to compare in the same conditions).
const DIST = process.env.BENCH_DIST ?? resolve(import.meta.dirname, '../../dist-renderer');

/**
 * Milliseconds from the start of navigation (performance.timeOrigin) to the first animation
 * frame in which `text` is in the document: the screen is rendered by React and can take input.
 */
async function navigateAndWaitFor(page: Page, url: string, text: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (wanted) => (document.body?.textContent?.includes(wanted) ? performance.now() : false),
    text,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * A new, empty database first asks whether to protect it with a passphrase: answered "Not now"
 * (kept in that origin's database), so later starts open on the app itself.
 */
export async function answerFirstRun(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  const notNow = page.getByRole('button', { name: 'Not now', exact: true });
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  // Asked only once: a database that already answered opens on the app.
  await notNow.or(navigation).first().waitFor({ timeout: 60_000 });
  if (await notNow.isVisible()) await notNow.click();
  await navigation.waitFor({ timeout: 60_000 });
  await page.close();
}

/** Puts the large tour into the profile's IndexedDB the way a user would: the Backup screen's restore. */
export async function restoreThroughBackupScreen(
  context: BrowserContext,
  url: string,
  backup: string,
): Promise<number> {
  await answerFirstRun(context, url);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ timeout: 60_000 });
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Backup', exact: true })
    .click();
  const ms = await timed(async () => {
    // The app's own file button (issue 21), as a user chooses a file.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^Backup file/ }).click();
    await (await chooser).setFiles(backup);
    await page.getByRole('button', { name: 'Restore', exact: true }).click({ timeout: 300_000 });
    await page.getByText('1 tour restored.').waitFor({ timeout: 300_000 });
  });
  await page.close();
  return ms;
}

/**
 * Time from the click on a language in the header to the frame after the interface shows it
 * (the main navigation's accessible name is translated), measured inside the page.
 */
function switchLanguage(page: Page, nativeName: string, navLabel: string): Promise<number> {
  // A string, not a function: tsx would wrap inner functions in a `__name` helper the page lacks.
  const script = `new Promise((resolve, reject) => {
    const label = [...document.querySelectorAll('header label')].find(
      (element) => element.textContent.trim() === ${JSON.stringify(nativeName)});
    if (!label) return reject(new Error('no language ${nativeName} in the header'));
    const started = performance.now();
    label.click();
    const check = () => {
      if (document.querySelector('nav[aria-label="${navLabel}"]'))
        requestAnimationFrame(() => resolve(performance.now() - started));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`;
  return page.evaluate(script) as Promise<number>;
}

/** Start-up of the built renderer with the large tour vs a blank Vite React page; language switch. */
export async function benchBrowser(backup: string, bundle: TourBundle): Promise<Figure[]> {
  const blankDist = await buildBlankPage();
  const app = await serveFolder(DIST);
  // The same build on another port is another origin, with an empty database: the app's own
  // start-up cost without a tour, between the blank page and the large tour.
  const emptyApp = await serveFolder(DIST);
  const firstRunApp = await serveFolder(DIST);
  const blank = await serveFolder(blankDist);
  // A fresh profile of its own: two benchmark runs at once (worktrees share node_modules/.cache) must not share one.
  const profile = await mkdtemp(join(tmpdir(), 'delegation-desk-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    locale: 'en-US',
    timezoneId: 'Europe/Minsk',
    viewport: { width: 1280, height: 800 },
  });
  try {
    const restoreMs = await restoreThroughBackupScreen(context, app.url, backup);
    const firstEvent = [...bundle.events].sort((a, b) => a.start.localeCompare(b.start))[0]!;
    const eventTitle = firstEvent.title.en ?? '';
    const open = async (url: string, text: string) => {
      const page = await context.newPage();
      try {
        return await navigateAndWaitFor(page, url, text);
      } finally {
        await page.close();
      }
    };
    const appStart = await sample(RUNS, () => open(`${app.url}#/programme`, eventTitle));
    const blankStart = await sample(RUNS, () => open(blank.url, 'Blank page ready'));
    // A new database opens on the choice to protect it (never answered on that origin); once answered, on the
    // welcome screen, as every later start with no tour does.
    const firstRunStart = await sample(RUNS, () => open(firstRunApp.url, 'Not now'));
    await answerFirstRun(context, emptyApp.url);
    const emptyStart = await sample(RUNS, () => open(emptyApp.url, 'Create a study tour'));

    const page = await context.newPage();
    const firstFinding = bundle.findings[0]!.title.en ?? '';
    await navigateAndWaitFor(page, `${app.url}#/findings`, firstFinding);
    const rows = await page.locator('article').count();
    const toRussian: number[] = [];
    const toEnglish: number[] = [];
    const warmUp = await switchLanguage(page, 'Русский', 'Основная навигация');
    await switchLanguage(page, 'English', 'Main navigation');
    // A switch of seconds is already the finding; fewer runs keep `npm run bench` under 10 minutes.
    const runs = warmUp > SLOW_SWITCH_MS ? Math.min(RUNS, 3) : RUNS;
    for (let i = 0; i < runs; i += 1) {
      toRussian.push(await switchLanguage(page, 'Русский', 'Основная навигация'));
      toEnglish.push(await switchLanguage(page, 'English', 'Main navigation'));
    }
    await page.close();

    const appFigure = summarise('Start-up: programme of the large tour shown (warm cache)', 'ms', appStart);
    const blankFigure = summarise('Start-up: blank Vite React page', 'ms', blankStart);
    const emptyFigure = summarise('Start-up: the app with no tour (welcome screen)', 'ms', emptyStart);
    return [
      single('Restore of the large tour in Chromium (Backup screen), one run', 'ms', restoreMs),
      appFigure,
      blankFigure,
      single(
        'Start-up ratio (app / blank, medians)',
        '×',
        appFigure.median / blankFigure.median,
        'target ≤ 3',
      ),
      summarise('Start-up: a new database, the first-run choice shown', 'ms', firstRunStart),
      emptyFigure,
      single(
        'Start-up ratio (the app with no tour / blank, medians)',
        '×',
        emptyFigure.median / blankFigure.median,
        'target ≤ 2.5',
      ),
      single(
        'Start-up ratio (large tour / the app with no tour, medians)',
        '×',
        appFigure.median / emptyFigure.median,
        'what the data costs',
      ),
      summarise(
        'Language switch English → Russian on the findings list',
        'ms',
        toRussian,
        `target ≤ 100 ms; ${rows} finding cards in the DOM of ${bundle.findings.length}` +
          (runs < RUNS ? `; only ${runs} runs (warm-up took ${(warmUp / 1000).toFixed(1)} s)` : ''),
      ),
      summarise('Language switch Russian → English on the findings list', 'ms', toEnglish),
    ];
  } finally {
    await context.close();
    await app.close();
    await emptyApp.close();
    await firstRunApp.close();
    await blank.close();
    await rm(profile, { recursive: true, force: true });
    await rm(dirname(blankDist), { recursive: true, force: true });
  }
}
