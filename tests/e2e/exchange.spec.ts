import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { chooseFileWithButton, openFreshApp } from './helpers';

// Shared, often overloaded machines: wait longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 600_000 });

const F1_TITLE = 'The community strategy is set centrally and detailed in regional plans';

/** The sample tour, as helpers' openSampleTour opens it, waiting as long as a busy machine needs. */
async function openSampleTour(page: Page) {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open the sample tour (Hungary, September 2010)' }).click();
  await expect(
    page.getByRole('banner').getByRole('heading', { name: /community policing study tour/ }),
  ).toBeVisible();
}

async function openScreen(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name, exact: true })
    .click();
}

type File = { name: string; bytes: Buffer };

/** Exports the open tour for colleagues under `name` and returns the downloaded file. */
async function exportForExchange(page: Page, name: string): Promise<File> {
  await openScreen(page, 'Backup');
  await page.getByLabel('Your name, shown to your colleague').fill(name);
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export for exchange', exact: true }).click();
  // No file passphrase on these laptops: the plain file is asked for explicitly.
  await page
    .getByRole('dialog', { name: 'Make a plain file?' })
    .getByRole('button', { name: 'Make a plain file' })
    .click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function chooseExchangeFile(page: Page, file: File) {
  await openScreen(page, 'Backup');
  await chooseFileWithButton(page, 'Exchange file from a colleague', {
    name: file.name,
    mimeType: 'application/zip',
    buffer: file.bytes,
  });
}

async function importFinished(page: Page) {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Import finished' })).toBeVisible();
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

test('two laptops edit one finding, exchange crosswise, choose "keep mine" and "theirs", exchange again: same text, no second conflict', async ({
  page: anna,
  browser,
}, testInfo) => {
  await openSampleTour(anna);
  const first = await exportForExchange(anna, 'Anna');
  const boris = await secondLaptop(browser, testInfo);
  await openFreshApp(boris);
  await chooseExchangeFile(boris, first);
  await expect(boris.getByText('From Anna, made on')).toBeVisible();
  await expect(boris.getByText(/^Signed by the laptop with the key [0-9A-F ]{19}\./)).toBeVisible();
  await importFinished(boris);

  // Both edit the same finding, then exchange crosswise.
  await retitleFinding(anna, F1_TITLE, 'Strategy (Anna)');
  await retitleFinding(boris, F1_TITLE, 'Strategy (Boris)');
  const fromAnna = await exportForExchange(anna, 'Anna');
  const fromBoris = await exportForExchange(boris, 'Boris');

  await chooseExchangeFile(anna, fromBoris);
  await expect(
    anna.getByText('1 record was changed on both laptops. Choose which version to keep.'),
  ).toBeVisible();
  await anna
    .getByRole('region', { name: 'Strategy (Anna)' })
    .getByRole('radio', { name: 'Keep mine' })
    .check();
  await importFinished(anna);

  await chooseExchangeFile(boris, fromAnna);
  await expect(
    boris.getByText('1 record was changed on both laptops. Choose which version to keep.'),
  ).toBeVisible();
  await boris
    .getByRole('region', { name: 'Strategy (Boris)' })
    .getByRole('radio', { name: 'Take theirs' })
    .check();
  await importFinished(boris);

  // The next exchange asks nothing, and both laptops hold Anna's text.
  const againFromAnna = await exportForExchange(anna, 'Anna');
  const againFromBoris = await exportForExchange(boris, 'Boris');
  await chooseExchangeFile(anna, againFromBoris);
  await expect(anna.getByText('Files signed with this key have been imported here before.')).toBeVisible();
  await expect(anna.getByText('No record was changed on both laptops.')).toBeVisible();
  await importFinished(anna);
  await chooseExchangeFile(boris, againFromAnna);
  await expect(boris.getByText('No record was changed on both laptops.')).toBeVisible();
  await importFinished(boris);

  for (const laptop of [anna, boris]) {
    await openScreen(laptop, 'Findings');
    await expect(laptop.getByRole('article', { name: 'Strategy (Anna)' })).toBeVisible();
    await expect(laptop.getByRole('article', { name: 'Strategy (Boris)' })).toHaveCount(0);
  }
});

test('a finding saved in another tab while its form is open: the stale save shows both versions to choose', async ({
  page,
}) => {
  await openSampleTour(page);
  await openScreen(page, 'Findings');
  await page.getByRole('button', { name: `Edit “${F1_TITLE}”` }).click();
  const form = page.getByRole('dialog', { name: 'Edit finding' });
  await expect(form.getByLabel('Title')).toHaveValue(F1_TITLE);

  // Meanwhile a second tab of the same browser saves the same finding.
  const other = await page.context().newPage();
  await other.goto('./');
  await retitleFinding(other, F1_TITLE, 'Saved in the second tab');

  await form.getByLabel('Title').fill('Typed in the first tab');
  await form.getByRole('button', { name: 'Save' }).click();
  const choice = page.getByRole('dialog', { name: 'Changed meanwhile' });
  await expect(choice.getByRole('row', { name: /^Title/ })).toContainText('Typed in the first tab');
  await expect(choice.getByRole('row', { name: /^Title/ })).toContainText('Saved in the second tab');
  await choice.getByRole('button', { name: 'Keep my version' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('article', { name: 'Typed in the first tab' })).toBeVisible();
  // The other tab's list follows (live queries).
  await expect(other.getByRole('article', { name: 'Typed in the first tab' })).toBeVisible();
});
