import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { addressBookVcf } from './addressBook';
import { openSampleTour } from './helpers';

// Shared, often overloaded machines: wait longer than the default.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 600_000 });
// The window's answer is timed, not the test tool's: a trace's snapshots of the page, taken around
// every action in the page's own thread, were part of each timed click (idle 241–360 ms with them,
// 125–204 without, at a load of 15).
test.use({ trace: 'off' });

const CARDS = 10_000;
/** 10,000 and 10,012 as the English interface writes them (a group separator or none). */
const TEN_THOUSAND = '10[,\u00a0\u202f ]?000';

const navLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true });

async function openScreen(page: Page, name: string) {
  await navLink(page, name).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import vCard' });
/** The import's status, shown on every screen while its dialog is closed. */
const importStatus = (page: Page) => page.getByRole('region', { name: 'File import' });
const readStatus = (page: Page) => importStatus(page).getByText(/cards read from “address-book\.vcf”/);

interface Answer {
  /** Milliseconds from the click (the input event's own time stamp) to the first frame painted with the answer. */
  latency: number;
  /** Whether the cards were still being read when the click was handled. */
  reading: boolean;
}

/**
 * Arms a measure in the page for the next click: from the click's own time stamp (so a busy main
 * thread delaying the click counts) to the first frame painted with the screen's heading `heading`.
 * `reading`: the import's status showed its progress bar when the click arrived.
 */
async function armMeasure(page: Page, heading: string) {
  await page.evaluate((name) => {
    const marks: Record<string, unknown> = {};
    (window as unknown as { answer: Record<string, unknown> }).answer = marks;
    const done = () =>
      [...document.querySelectorAll('h1')].some((element) => element.textContent?.trim() === name);
    document.addEventListener(
      'click',
      (event) => {
        marks.clickedAt = event.timeStamp;
        marks.reading = document.querySelector('[role="region"] [role="progressbar"]') !== null;
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          // An animation frame's callbacks run before its style, layout and paint: a message posted
          // from one is handled once they are done, when the frame with the heading is painted.
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => (marks.paintedAt = performance.now());
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      },
      { capture: true, once: true },
    );
  }, heading);
}

async function readMeasure(page: Page): Promise<Answer> {
  const read = () =>
    page.evaluate(
      () =>
        (window as unknown as { answer: { clickedAt: number; paintedAt?: number; reading: boolean } }).answer,
    );
  await expect.poll(async () => (await read()).paintedAt).toBeDefined();
  const marks = await read();
  return { latency: marks.paintedAt! - marks.clickedAt, reading: marks.reading };
}

/** A click on a screen's link in the navigation, timed to the first frame with its heading. */
async function timedVisit(page: Page, name: string): Promise<Answer> {
  await armMeasure(page, name);
  await navLink(page, name).click();
  const answer = await readMeasure(page);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  return answer;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

test('during the import of a 10,000-card vCard the person works on another screen at once, then reviews and imports the cards', async ({
  page,
}) => {
  // Chosen from disk, as a person picks it: a file handed over in memory is decoded on the page's
  // thread by the test tool itself, which held the window for seconds before the import began.
  const file = test.info().outputPath('address-book.vcf');
  writeFileSync(file, addressBookVcf(CARDS));
  await openSampleTour(page);
  // The Settings screen's code is loaded once before the measures: it is the window's answer that is timed.
  await openScreen(page, 'Settings');
  await openScreen(page, 'Contacts');

  const idle: number[] = [];
  for (let round = 0; round < 3; round++) {
    idle.push((await timedVisit(page, 'Settings')).latency);
    await openScreen(page, 'Contacts');
  }

  const during: number[] = [];
  const wholeReads: number[] = [];
  let clicks = 0;
  for (let round = 0; round < 3; round++) {
    // The click that leaves for Settings must land while the cards are read; on a fast machine the
    // reading (about 2 s) may end first: the file is chosen again, at most three times.
    let answer: Answer | undefined;
    let started = 0;
    for (let attempt = 0; attempt < 3 && !answer?.reading; attempt++) {
      if (attempt > 0) {
        await importStatus(page).getByRole('button', { name: 'Don’t import' }).click();
        await openScreen(page, 'Contacts');
      }
      await page.getByRole('button', { name: 'Import vCard' }).click();
      started = performance.now();
      await importDialog(page).locator('input[type="file"]').setInputFiles(file);
      // The dialog says the reading goes on without it, and lets the person go.
      await importDialog(page).getByRole('button', { name: 'Keep working' }).click();
      await expect(importDialog(page)).toHaveCount(0);
      answer = await timedVisit(page, 'Settings');
      clicks += 1;
    }
    during.push(answer!.latency);
    // The status follows the person to the other screen and says when the cards are read.
    await expect(readStatus(page)).toBeVisible({ timeout: 180_000 });
    wholeReads.push(performance.now() - started);
    await expect(readStatus(page)).toHaveText(
      new RegExp(
        `^${TEN_THOUSAND} cards read from “address-book\\.vcf”: review them and confirm the import\\.$`,
      ),
    );
    if (round < 2) {
      await importStatus(page).getByRole('button', { name: 'Don’t import' }).click();
      await expect(importStatus(page)).toHaveCount(0);
      await openScreen(page, 'Contacts');
    }
  }
  const caughtReading = during.length;
  const figures =
    `idle ${idle.map(Math.round).join(', ')} ms; during the reading ${during.map(Math.round).join(', ')} ms ` +
    `(${caughtReading} rounds, ${clicks} imports started); the whole reading ${wholeReads.map(Math.round).join(', ')} ms; ` +
    `load average ${loadavg()[0]!.toFixed(1)}`;
  test.info().annotations.push({ type: 'answer to a click during a vCard import', description: figures });
  console.log(figures);

  // Back to Contacts: nothing was written while the cards waited for review.
  await openScreen(page, 'Contacts');
  await expect(page.getByText('12 contacts')).toBeVisible();
  await importStatus(page).getByRole('button', { name: 'Review' }).click();
  await expect(importDialog(page).getByText(new RegExp(`^${TEN_THOUSAND} cards to import$`))).toBeVisible();
  await expect(importDialog(page).getByRole('table')).toHaveCount(0);
  await importDialog(page)
    .getByRole('button', { name: new RegExp(`^Import ${TEN_THOUSAND} contacts$`) })
    .click();
  await expect(importDialog(page)).toHaveCount(0, { timeout: 180_000 });
  await expect(
    page.getByText(/^Import finished: 10[,\u00a0\u202f ]?000 added, 0 merged, 0 skipped\.$/),
  ).toBeVisible();
  await expect(page.getByText(/^10[,\u00a0\u202f ]?012 contacts$/)).toBeVisible();
  await expect(importStatus(page)).toHaveCount(0);

  // Within 200 ms on a quiet machine. On a loaded one the worker's share of the processor slows the
  // window too, so the bound grows with the load as in importWorker.spec.ts: threefold the idle answer,
  // or a quarter of the whole reading. Reading on the window's thread held every click until the end.
  expect(median(during), figures).toBeLessThan(Math.max(200, 3 * median(idle), median(wholeReads) / 4));
});
