import { expect as baseExpect, test, type Page } from '@playwright/test';
import { openSampleTour } from './helpers';

// Shared, often overloaded machines: wait longer than the default.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 600_000 });

const CARDS = 10_000;

/** A whole address book: 10,000 cards, none of them a contact of the sample tour. */
function addressBook(): Buffer {
  const cards: string[] = [];
  for (let index = 1; index <= CARDS; index++)
    cards.push(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `N:Adressbuch${index};Person;;;`,
        `FN:Person Adressbuch${index}`,
        `ORG:Firma ${index % 500}`,
        `TEL;TYPE=CELL:+36 30 ${String(1_000_000 + index).slice(1)}`,
        `EMAIL:person${index}@example.org`,
        'END:VCARD',
      ].join('\r\n'),
    );
  return Buffer.from(cards.join('\r\n') + '\r\n', 'utf8');
}

async function openScreen(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name, exact: true })
    .click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import vCard' });
const progressBar = (page: Page) => page.getByRole('progressbar', { name: 'How far the file is checked' });

async function chooseAddressBook(page: Page, bytes: Buffer) {
  await page.getByRole('button', { name: 'Import vCard' }).click();
  await importDialog(page).locator('input[type="file"]').setInputFiles({
    name: 'address-book.vcf',
    mimeType: 'text/vcard',
    buffer: bytes,
  });
}

interface Answer {
  /** Milliseconds from the click (the input event's own time stamp) to the first frame painted with the answer. */
  latency: number;
  /** Whether the cards were still being read when the click was handled. */
  reading: boolean;
}

/**
 * Arms a measure in the page for the next click: from the click's own time stamp (so a busy main
 * thread delaying the click counts) to the first frame painted once `answered` holds in the page.
 */
async function armMeasure(page: Page, answered: 'dialog closed' | 'Settings shown') {
  await page.evaluate((what) => {
    const marks: Record<string, unknown> = {};
    (window as unknown as { answer: Record<string, unknown> }).answer = marks;
    const done = () =>
      what === 'dialog closed'
        ? document.querySelector('[role="dialog"]') === null
        : [...document.querySelectorAll('h1')].some((element) => element.textContent?.trim() === 'Settings');
    document.addEventListener(
      'click',
      (event) => {
        marks.clickedAt = event.timeStamp;
        marks.reading = document.querySelector('[role="progressbar"]') !== null;
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          requestAnimationFrame(() => (marks.paintedAt = performance.now()));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      },
      { capture: true, once: true },
    );
  }, answered);
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

test('a 10,000-card vCard is read in the background: the window answers a click at once, and the cards are confirmed as a count', async ({
  page,
}) => {
  const bytes = addressBook();
  await openSampleTour(page);
  // The Settings screen's code is loaded once before the measure: it is the window's answer that is timed.
  await openScreen(page, 'Settings');

  // While the import dialog is open, the app's navigation is behind its overlay (and its shortcuts are
  // off): the click that leaves is the dialog's Close, which stops the reading, then the link.
  const idle: number[] = [];
  const during: number[] = [];
  let caughtReading = 0;
  for (let round = 0; round < 3; round++) {
    await openScreen(page, 'Contacts');
    await page.getByRole('button', { name: 'Import vCard' }).click();
    await armMeasure(page, 'dialog closed');
    await importDialog(page).getByRole('button', { name: 'Close' }).click();
    idle.push((await readMeasure(page)).latency);

    // Close is clicked as soon as the progress bar shows; on a quiet machine the reading may end
    // first (it takes well under a second there), and that click was not one during the reading:
    // the file is chosen again, at most three times. The answer is timed either way; how many
    // clicks landed during the reading is written into the test's report (see below).
    let answer: Answer | undefined;
    for (let attempt = 0; attempt < 3 && !answer?.reading; attempt++) {
      await page.getByRole('button', { name: 'Import vCard' }).click();
      // Armed before the file is chosen: no round trip to the page between the bar and the click.
      await armMeasure(page, 'dialog closed');
      await importDialog(page).locator('input[type="file"]').setInputFiles({
        name: 'address-book.vcf',
        mimeType: 'text/vcard',
        buffer: bytes,
      });
      await expect(progressBar(page).or(importDialog(page).getByText(/cards to import$/))).toBeVisible();
      await importDialog(page).getByRole('button', { name: 'Close' }).click();
      answer = await readMeasure(page);
      await expect(importDialog(page)).toHaveCount(0);
    }
    if (answer!.reading) caughtReading += 1;
    during.push(answer!.latency);
    await armMeasure(page, 'Settings shown');
    await openScreen(page, 'Settings');
    during.push((await readMeasure(page)).latency);
  }

  // Read to the end: a count to confirm, not 10,000 rows. How long the whole reading takes on this
  // machine now is the yardstick for the answers measured above.
  await openScreen(page, 'Contacts');
  const started = performance.now();
  await chooseAddressBook(page, bytes);
  await expect(importDialog(page).getByText(/^10[,\u00a0\u202f ]?000 cards to import$/)).toBeVisible({
    timeout: 180_000,
  });
  const wholeRead = performance.now() - started;
  await expect(importDialog(page).getByRole('table')).toHaveCount(0);
  await importDialog(page).getByRole('button', { name: 'Close' }).click();
  // Nothing was written: the sample tour's twelve contacts.
  await expect(page.getByText('12 contacts')).toBeVisible();

  const figures =
    `idle ${idle.map(Math.round).join(', ')} ms; during the reading (Close, then the link) ` +
    `${during.map(Math.round).join(', ')} ms (${caughtReading} of 3 Close clicks while the cards were being read); ` +
    `the whole reading ${Math.round(wholeRead)} ms`;
  test.info().annotations.push({ type: 'answer to a click during a vCard import', description: figures });
  console.log(figures);
  // Within 200 ms on a quiet machine. On a loaded one the worker's share of the processor slows the
  // window too, so the bound grows with the load as in importWorker.spec.ts: threefold the idle answer,
  // or a quarter of the whole reading. Reading on the window's thread held every click until the end.
  expect(median(during), figures).toBeLessThan(Math.max(200, 3 * median(idle), wholeRead / 4));
});
