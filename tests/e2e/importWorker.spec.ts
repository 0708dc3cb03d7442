import { createHash, randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { chooseFileWithButton, openSampleTour } from './helpers';

// Shared, often overloaded machines: wait longer than the default (the file is 300 MB).
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 600_000 });

const ATTACHMENTS = 8;
const ATTACHMENT_BYTES = 40 * 1024 * 1024;
const EXTRA_FINDINGS = 10_000;

type Json = Record<string, unknown>;

/**
 * A big but legitimate backup: the format-2 fixture's tour (not the sample tour opened here) with
 * 10,000 more findings and eight 40 MB scans, every file listed in the manifest with its size and
 * SHA-256, exactly as the app writes them.
 */
/** Writes the file; returns how many findings of its tour are live (not in the recycle bin). */
async function bigBackup(path: string): Promise<number> {
  const files = unzipSync(await readFile('tests/fixtures/bundle-v2/backup.ddbackup'));
  const read = (name: string): unknown => JSON.parse(new TextDecoder().decode(files[name]));
  const manifest = read('manifest.json') as Json & { files: Json[]; counts: Json };
  const findings = read('records/findings.json') as Json[];
  const first = findings[0]!;
  // What every record of a tour has (ids, stamps, version vector), taken from a real finding.
  const tourOwned = Object.fromEntries(
    ['createdAt', 'updatedAt', 'deviceId', 'revision', 'deletedAt', 'vv', 'tourId'].map((key) => [
      key,
      first[key],
    ]),
  );
  for (let index = 0; index < EXTRA_FINDINGS; index++)
    findings.push({ ...first, id: randomUUID(), title: { en: `Observation ${index + 1}` } });
  const attachments = Array.from({ length: ATTACHMENTS }, (_, index) => {
    const id = randomUUID();
    const fileName = `scan-${index + 1}.pdf`;
    files[`attachments/${id}/${fileName}`] = new Uint8Array(ATTACHMENT_BYTES).fill(index + 1);
    return {
      ...tourOwned,
      id,
      ownerType: 'finding',
      ownerId: first.id,
      kind: 'file',
      fileName,
      mimeType: 'application/pdf',
      size: ATTACHMENT_BYTES,
      width: null,
      height: null,
      caption: { en: `Scan ${index + 1}` },
      order: index,
      blob: { file: `attachments/${id}/${fileName}`, type: 'application/pdf' },
      thumbnail: null,
    };
  });
  const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  files['records/findings.json'] = json(findings);
  files['records/attachments.json'] = json(attachments);
  manifest.counts = { ...manifest.counts, findings: findings.length, attachments: attachments.length };
  manifest.files = Object.keys(files)
    .filter((name) => name !== 'manifest.json')
    .map((name) => ({
      path: name,
      size: files[name]!.length,
      sha256: createHash('sha256').update(files[name]!).digest('hex'),
    }));
  files['manifest.json'] = json(manifest);
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(files))
    zippable[name] = name.startsWith('attachments/') ? [bytes, { level: 0 }] : bytes;
  await writeFile(path, zipSync(zippable));
  return findings.filter((finding) => finding.deletedAt === null).length;
}

async function openScreen(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name, exact: true })
    .click();
}

const OTHER_SCREEN = 'Settings';
const otherHeading = (page: Page) => page.getByRole('heading', { name: OTHER_SCREEN, level: 1 });
const progressBar = (page: Page) => page.getByRole('progressbar', { name: 'How far the file is checked' });

interface Answer {
  /** Milliseconds from the click (the input event's own time stamp) to the other screen's heading painted. */
  latency: number;
  /** Whether the file was still being checked when the click was handled. */
  decoding: boolean;
}

/**
 * Clicks the other screen's link and measures, in the page, how long the window took to answer:
 * from the click's own time stamp (so a busy main thread delaying the click counts) to the first
 * frame painted with that screen's heading.
 */
async function timedVisit(page: Page): Promise<Answer> {
  await page.evaluate((screen) => {
    const marks: Record<string, unknown> = {};
    (window as unknown as { answer: Record<string, unknown> }).answer = marks;
    document.addEventListener(
      'click',
      (event) => {
        marks.clickedAt = event.timeStamp;
        marks.decoding = document.querySelector('[role="progressbar"]') !== null;
        const observer = new MutationObserver(() => {
          const heading = [...document.querySelectorAll('h1')].find(
            (element) => element.textContent?.trim() === screen,
          );
          if (!heading) return;
          observer.disconnect();
          requestAnimationFrame(() => (marks.paintedAt = performance.now()));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      },
      { capture: true, once: true },
    );
  }, OTHER_SCREEN);
  await openScreen(page, OTHER_SCREEN);
  await expect(otherHeading(page)).toBeVisible();
  const read = () =>
    page.evaluate(
      () =>
        (window as unknown as { answer: { clickedAt: number; paintedAt?: number; decoding: boolean } })
          .answer,
    );
  await expect.poll(async () => (await read()).paintedAt).toBeDefined();
  const marks = await read();
  return { latency: marks.paintedAt! - marks.clickedAt, decoding: marks.decoding };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

test('a big backup is checked in the background: progress, other screens answer at once, Cancel changes nothing', async ({
  page,
}) => {
  const file = test.info().outputPath('big.ddbackup');
  const liveFindings = await bigBackup(file);
  await openSampleTour(page);
  // The other screen's code is loaded once before the measure: it is the window's answer that is timed.
  await openScreen(page, OTHER_SCREEN);
  await expect(otherHeading(page)).toBeVisible();

  // The same visit, three times with the window idle and three times while a big file is checked.
  const idle: number[] = [];
  const during: number[] = [];
  for (let round = 0; round < 3; round++) {
    await openScreen(page, 'Backup');
    await expect(page.getByRole('heading', { name: 'Backup', level: 1 })).toBeVisible();
    idle.push((await timedVisit(page)).latency);
    await openScreen(page, 'Backup');
    await chooseFileWithButton(page, 'Backup file', file);
    await expect(progressBar(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();
    // Leaving the screen stops the check (its worker is ended); the click is made while it runs.
    const answer = await timedVisit(page);
    expect(answer.decoding, 'the file was still being checked when the link was clicked').toBe(true);
    during.push(answer.latency);
  }
  // Cancel stops the check at once: the section is ready for a file again, nothing was written.
  await openScreen(page, 'Backup');
  await chooseFileWithButton(page, 'Backup file', file);
  await expect(progressBar(page)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  const preview = page.getByRole('table', { name: 'Restore from a backup' });
  await expect(progressBar(page)).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was changed' })).toBeHidden();
  await expect(preview).toBeHidden();

  // The same file checked to the end: its tour is still not on this computer. How long the whole
  // check takes on this machine now is the yardstick for the answers measured above.
  const checkStarted = performance.now();
  await chooseFileWithButton(page, 'Backup file', file);
  await expect(preview).toBeVisible({ timeout: 180_000 });
  const wholeCheck = performance.now() - checkStarted;
  await expect(preview.getByRole('row').nth(1)).toContainText('Not here yet');
  await expect(preview.getByRole('row').nth(1)).toContainText(`Findings: ${liveFindings},`);
  await page.getByRole('button', { name: 'Choose another file' }).click();
  await expect(preview).toBeHidden();

  const figures =
    `idle ${idle.map(Math.round).join(', ')} ms; during the import ${during.map(Math.round).join(', ')} ms; ` +
    `the whole check ${Math.round(wholeCheck)} ms`;
  test.info().annotations.push({ type: 'answer to a click on another screen', description: figures });
  console.log(figures);
  // Within 200 ms on a quiet machine. Decoding on the window's thread held every click until the
  // whole file was checked, so a click made as the check begins waited about the whole check.
  // On a loaded machine (two cores shared by several test runs; CI measured idle 70, 302, 150 and
  // during 677, 371, 856 ms) the worker's own share of the processor slows the window too, so the
  // bound grows with the load: threefold the idle answer, or a quarter of the whole check, which
  // the same load slows alike. Either is far below what a held click waits.
  expect(median(during), figures).toBeLessThan(Math.max(200, 3 * median(idle), wholeCheck / 4));
});
