import { readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { expect as baseExpect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { answerFirstRunNotNow, chooseFileWithButton, expectNoSeriousA11yViolations } from './helpers';

// Shared, often overloaded machines: wait longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

const TOUR_TITLE = "Belarusian Ministry of Interior's community policing study tour to Hungary";
const F1_TITLE = 'The community strategy is set centrally and detailed in regional plans';

/** A tiny real PNG (solid colour), enough for the photo pipeline to decode and store. */
function makePng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes: Buffer) => {
    let crc = 0xffffffff;
    for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x80)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// As helpers.ts does, with this file's longer patience for a loaded machine.
async function openFreshApp(page: Page) {
  await page.goto('./');
  await answerFirstRunNotNow(page);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

async function openSampleTour(page: Page) {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open the sample tour (Hungary, September 2010)' }).click();
  await expect(
    page.getByRole('banner').getByRole('heading', { name: /community policing study tour to Hungary/ }),
  ).toBeVisible();
}

async function openScreen(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name, exact: true })
    .click();
}

/**
 * Clicks a button that saves a file and returns the downloaded bytes. Without a file passphrase
 * the app asks before it makes a plain file: `plain` says yes to that.
 */
async function download(
  page: Page,
  buttonName: string,
  { plain = true } = {},
): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  if (plain)
    await page
      .getByRole('dialog', { name: 'Make a plain file?' })
      .getByRole('button', { name: 'Make a plain file' })
      .click();
  const file = await pending;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

async function chooseFile(page: Page, label: string, file: { name: string; bytes: Buffer }) {
  await chooseFileWithButton(page, label, {
    name: file.name,
    mimeType: 'application/zip',
    buffer: file.bytes,
  });
  await expect(page.getByText(file.name, { exact: true })).toBeVisible();
}

/** A second delegate's laptop: its own browser profile, same settings as the configured one. */
async function secondLaptop(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const use = testInfo.project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    locale: use.locale,
    timezoneId: use.timezoneId,
    acceptDownloads: true,
  });
  return context.newPage();
}

async function retitleFinding(page: Page, current: string, next: string) {
  await openScreen(page, 'Findings');
  await page.getByRole('button', { name: `Edit “${current}”` }).click();
  const form = page.getByRole('dialog', { name: 'Edit finding' });
  await form.getByLabel('Title').fill(next);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('article', { name: next })).toBeVisible();
}

test('back up a tour with a new finding and its photo, delete the tour, restore it: everything is back', async ({
  page,
}) => {
  await openSampleTour(page);
  await openScreen(page, 'Findings');
  await page.getByRole('button', { name: 'New finding' }).click();
  const form = page.getByRole('dialog', { name: 'New finding' });
  await form.getByLabel('Key point').selectOption({ index: 1 });
  await form.getByLabel('Title').fill('Backed-up finding');
  const chooser = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: 'Add photos' }).click();
  await (await chooser).setFiles({ name: 'desk.png', mimeType: 'image/png', buffer: makePng(64, 48) });
  await form.getByLabel('Caption of desk.jpg').fill('Duty desk');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('article', { name: 'Backed-up finding' })).toBeVisible();

  await openScreen(page, 'Backup');
  await expect(page.getByRole('heading', { name: 'Backup and exchange', level: 1 })).toBeVisible();
  await expect(page.getByText('No backup has been made on this computer yet.')).toBeVisible();
  await expect(page.getByText('Make a first backup')).toBeVisible();
  await expect(page.getByText(/^Used .+ of .+ available to the app\.$/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const backup = await download(page, 'Back up this tour');
  expect(backup.name).toMatch(/\.ddbackup$/);
  await expect(page.getByText(/^Last backup: /)).toBeVisible();
  await expect(page.getByText('Make a first backup')).toBeHidden();

  // A file that is not a backup is refused with its own message.
  await chooseFile(page, 'Backup file', { name: 'notes.ddbackup', bytes: Buffer.from('just text') });
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'This file is not a Delegation Desk backup',
  );

  await openScreen(page, 'Settings');
  await page.getByRole('button', { name: `Delete “${TOUR_TITLE}”` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(
    page.getByText('No tours on this computer yet.').or(page.getByRole('link', { name: 'Start' })),
  ).toBeVisible();

  await openScreen(page, 'Backup');
  await chooseFile(page, 'Backup file', backup);
  const preview = page.getByRole('table', { name: 'Restore from a backup' });
  await expect(preview).toContainText(TOUR_TITLE);
  await expect(preview).toContainText('Deleted here: will be restored');
  await expect(preview).toContainText('Findings: 17');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText('1 tour restored.')).toBeVisible();

  await expect(page.getByRole('banner')).toContainText(TOUR_TITLE);
  await openScreen(page, 'Findings');
  const restored = page.getByRole('article', { name: 'Backed-up finding' });
  await expect(restored).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(17);
  await restored.getByRole('button', { name: 'Open photo Duty desk' }).click();
  const image = page.getByRole('dialog', { name: 'Photo 1 of 1' }).getByRole('img', { name: 'Duty desk' });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
});

test('import a colleague’s exchange file with one conflicting finding, resolve it, see the summary', async ({
  page,
  browser,
}, testInfo) => {
  // Anna has the tour and sends it to Boris.
  await openSampleTour(page);
  await openScreen(page, 'Backup');
  await page.getByLabel('Your name, shown to your colleague').fill('Anna');
  const fromAnna = await download(page, 'Export for exchange');

  const boris = await secondLaptop(browser, testInfo);
  await openFreshApp(boris);
  await openScreen(boris, 'Backup');
  await chooseFile(boris, 'Exchange file from a colleague', fromAnna);
  await expect(boris.getByText('From Anna, made on')).toBeVisible();
  await expect(boris.getByText('No record was changed on both laptops.')).toBeVisible();
  await boris.getByRole('button', { name: 'Import', exact: true }).click();
  const borisSummary = boris.getByRole('region', { name: 'Import finished' });
  await expect(borisSummary.getByRole('row', { name: /Conflicts resolved/ })).toContainText('0');
  await expect(boris.getByRole('banner')).toContainText(TOUR_TITLE);

  // Both change the same finding; Boris sends his version back.
  await retitleFinding(boris, F1_TITLE, 'Strategy set centrally (Boris)');
  await openScreen(boris, 'Backup');
  await boris.getByLabel('Your name, shown to your colleague').fill('Boris');
  const fromBoris = await download(boris, 'Export for exchange');
  await retitleFinding(page, F1_TITLE, 'Strategy set centrally (Anna)');

  await openScreen(page, 'Backup');
  await chooseFile(page, 'Exchange file from a colleague', fromBoris);
  await expect(
    page.getByText('1 record was changed on both laptops. Choose which version to keep.'),
  ).toBeVisible();
  const conflict = page.getByRole('region', { name: 'Strategy set centrally (Anna)' });
  await expect(conflict.getByRole('columnheader', { name: 'From Boris' })).toBeVisible();
  await expect(conflict.getByRole('row', { name: /^Title/ })).toContainText(
    'EN: Strategy set centrally (Anna)',
  );
  await expect(conflict.getByRole('row', { name: /^Title/ })).toContainText(
    'EN: Strategy set centrally (Boris)',
  );
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await conflict.getByRole('radio', { name: 'Take theirs' }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  const summary = page.getByRole('region', { name: 'Import finished' });
  await expect(summary.getByRole('row', { name: /Conflicts resolved/ })).toContainText('1');
  await expect(summary.getByRole('row', { name: /Added/ })).toContainText('0');
  await openScreen(page, 'Findings');
  await expect(page.getByRole('article', { name: 'Strategy set centrally (Boris)' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Strategy set centrally (Anna)' })).toHaveCount(0);
});

test('an encrypted backup restores on a new laptop with the passphrase; a wrong one changes nothing', async ({
  page,
  browser,
}, testInfo) => {
  const passphrase = 'Budapest 2010, community policing';
  await openSampleTour(page);
  await openScreen(page, 'Backup');
  await expect(page.getByText('Files are not encrypted')).toBeVisible();
  await page.getByLabel('File passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Repeat the file passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Set the file passphrase' }).click();
  await expect(page.getByText(/^A file passphrase has been set on this laptop since /)).toBeVisible();
  await expect(page.getByText('Files are not encrypted')).toBeHidden();
  await expectNoSeriousA11yViolations(page);

  // No question asked: the file is encrypted, nothing of the tour readable in it.
  const backup = await download(page, 'Back up this tour', { plain: false });
  expect(backup.bytes.subarray(0, 8).toString('latin1')).toBe('DDESKENC');
  expect(backup.bytes.includes(Buffer.from('Hungary'))).toBe(false);

  const fresh = await secondLaptop(browser, testInfo);
  await openFreshApp(fresh);
  await openScreen(fresh, 'Backup');
  await chooseFile(fresh, 'Backup file', backup);
  await expect(
    fresh.getByText("This file is encrypted. Enter the delegation's file passphrase to open it."),
  ).toBeVisible();
  await fresh.getByLabel('Passphrase of this file').fill('Budapest 2010, community');
  await fresh.getByRole('button', { name: 'Open the file' }).click();
  await expect(fresh.getByRole('alert')).toHaveText('Wrong passphrase: the file stays closed. Try again.');
  await fresh.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(fresh.getByRole('main').getByRole('alert')).toHaveText(
    'The passphrase is wrong: the file was not opened. Nothing was changed.',
  );
  await expect(fresh.getByRole('table', { name: 'Restore from a backup' })).toHaveCount(0);
  await expect(fresh.getByRole('banner')).not.toContainText(TOUR_TITLE);

  await chooseFileWithButton(fresh, 'Backup file', {
    name: backup.name,
    mimeType: 'application/zip',
    buffer: backup.bytes,
  });
  await fresh.getByLabel('Passphrase of this file').fill(passphrase);
  await fresh.getByRole('button', { name: 'Open the file' }).click();
  const preview = fresh.getByRole('table', { name: 'Restore from a backup' });
  await expect(preview).toContainText(TOUR_TITLE);
  await expect(preview).toContainText('Not here yet');
  await fresh.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(fresh.getByText('1 tour restored.')).toBeVisible();
  await expect(fresh.getByRole('banner')).toContainText(TOUR_TITLE);
});
