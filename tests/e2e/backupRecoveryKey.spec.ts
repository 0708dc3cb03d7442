import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import {
  answerFirstRunNotNow,
  chooseFileWithButton,
  expectNoSeriousA11yViolations,
  openSampleTour,
} from './helpers';

// Argon2id (64 MiB, 3 passes) runs when protection is turned on and when the file passphrase is
// set: seconds on a busy shared machine.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 300_000 });

const TOUR = /community policing study tour to Hungary/;
const RECOVERY_KEY = /^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/;
const FILE_PASSPHRASE = 'Budapest 2010, community policing';

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/** Protection turned on in Settings; the recovery key shown once is read and kept. */
async function protectLaptop(page: Page): Promise<string> {
  await openScreen(page, 'Settings');
  await page.getByLabel('Passphrase for this laptop', { exact: true }).fill('Балатон осенью 2010');
  await page.getByLabel('Repeat the passphrase', { exact: true }).fill('Балатон осенью 2010');
  await page.getByRole('button', { name: 'Turn protection on' }).click();
  const shown = page.getByText(RECOVERY_KEY);
  await expect(shown).toBeVisible();
  const key = (await shown.innerText()).trim();
  await page.getByRole('checkbox', { name: 'I have written down or printed the recovery key' }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(shown).toBeHidden();
  return key;
}

test('a protected laptop’s backup restores elsewhere with its recovery key; a wrong key changes nothing', async ({
  page,
  browser,
}, testInfo) => {
  await openSampleTour(page);
  const recoveryKey = await protectLaptop(page);
  await openScreen(page, 'Backup');
  await page.getByLabel('File passphrase', { exact: true }).fill(FILE_PASSPHRASE);
  await page.getByLabel('Repeat the file passphrase', { exact: true }).fill(FILE_PASSPHRASE);
  await page.getByRole('button', { name: 'Set the file passphrase' }).click();
  await expect(
    page.getByText("Backups made here can also be opened with this laptop's recovery key", { exact: false }),
  ).toBeVisible();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up this tour', exact: true }).click();
  const download = await pending;
  const backup = { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  expect(backup.bytes.subarray(0, 8).toString('latin1')).toBe('DDESKENC');
  expect(backup.bytes.includes(Buffer.from('Hungary'))).toBe(false);

  // Another laptop; the file passphrase is forgotten, the head of delegation reads out the recovery key.
  const use = testInfo.project.use;
  const fresh = await (
    await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId })
  ).newPage();
  await fresh.goto('./');
  await answerFirstRunNotNow(fresh);
  await openScreen(fresh, 'Backup');
  const choose = () =>
    chooseFileWithButton(fresh, 'Backup file', {
      name: backup.name,
      mimeType: 'application/zip',
      buffer: backup.bytes,
    });
  await choose();
  await fresh.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await expect(
    fresh.getByText('Enter the recovery key of the laptop this backup was made on', { exact: false }),
  ).toBeVisible();
  const keyField = fresh.getByRole('textbox', { name: 'Recovery key' });
  await keyField.fill('0000-0000-0000-0000-0000-0000-0000-0000');
  await fresh.getByRole('button', { name: 'Open the file' }).click();
  await expect(fresh.getByRole('alert')).toContainText(
    'The recovery key does not open this file: either the key is wrong or the file is damaged',
  );
  await expectNoSeriousA11yViolations(fresh);
  await fresh.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(fresh.getByRole('main').getByRole('alert')).toHaveText(
    'The recovery key does not open this file (a wrong key, or a damaged file): it was not opened. Nothing was changed.',
  );
  await expect(fresh.getByRole('table', { name: 'Restore from a backup' })).toHaveCount(0);
  await expect(fresh.getByRole('banner')).not.toContainText('Hungary');

  // Typed from paper: lower case, spaces for dashes.
  await choose();
  await fresh.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await keyField.fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
  await fresh.getByRole('button', { name: 'Open the file' }).click();
  const preview = fresh.getByRole('table', { name: 'Restore from a backup' });
  await expect(preview).toContainText('Not here yet');
  await fresh.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(fresh.getByText('1 tour restored.')).toBeVisible();
  await expect(fresh.getByRole('banner').getByRole('heading', { name: TOUR })).toBeVisible();
});
