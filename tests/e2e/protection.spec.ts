import { expect as baseExpect, test, type Page } from '@playwright/test';
import { openSampleTour } from './helpers';

// Argon2id (64 MiB, 3 passes) runs at every turn-on and unlock: seconds on a busy shared machine.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 300_000 });

const PASSPHRASE = 'Балатон осенью 2010';
const RECOVERY_KEY = /^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/;
const TOUR = /community policing study tour to Hungary/;

/** Types the passphrase twice and asks for protection (first start or Settings). */
async function choosePassphrase(page: Page, button: string) {
  await page.getByLabel('Passphrase for this laptop', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: button }).click();
}

/** Reads the recovery key shown once, confirms it is written down and continues. */
async function keepRecoveryKey(page: Page): Promise<string> {
  const shown = page.getByText(RECOVERY_KEY);
  await expect(shown).toBeVisible();
  const key = (await shown.innerText()).trim();
  const next = page.getByRole('button', { name: 'Continue', exact: true });
  await expect(next).toBeDisabled();
  await page.getByRole('checkbox', { name: 'I have written down or printed the recovery key' }).check();
  await next.click();
  await expect(shown).toBeHidden();
  return key;
}

/** The lock screen, showing nothing of the tour: not its name, nor the window title. */
async function expectLockedShowingNothing(page: Page) {
  await expect(page.getByRole('heading', { name: 'Delegation Desk is locked' })).toBeVisible();
  await expect(page).toHaveTitle('Delegation Desk');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
  const text = await page.locator('body').innerText();
  for (const word of ['Hungary', 'Budapest', 'Венгр', 'Kiss', 'Ковалёв', 'Findings'])
    expect(text).not.toContain(word);
}

async function unlockWithPassphrase(page: Page, passphrase: string) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('a database protected at the first start opens only with its passphrase and shows nothing while locked', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Protect the data on this laptop?' })).toBeVisible();
  await expect(page.getByText('Without the passphrase the data cannot be opened, by anyone.')).toBeVisible();
  // Too short and different passphrases are refused before anything is done.
  await page.getByLabel('Passphrase for this laptop', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Protect with this passphrase' }).click();
  await expect(page.getByText('The passphrase needs at least 10 characters.')).toBeVisible();
  await page.getByLabel('Passphrase for this laptop', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase', { exact: true }).fill(`${PASSPHRASE}!`);
  await page.getByRole('button', { name: 'Protect with this passphrase' }).click();
  await expect(page.getByText('The two passphrases differ.')).toBeVisible();

  await choosePassphrase(page, 'Protect with this passphrase');
  await expect(page.getByRole('heading', { name: 'Recovery key' })).toBeVisible();
  await keepRecoveryKey(page);
  await page.getByRole('button', { name: 'Open the sample tour (Hungary, September 2010)' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { name: TOUR })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();

  await page.reload();
  await expectLockedShowingNothing(page);
  // The interface language can be switched on the lock screen.
  await page.getByRole('banner').getByText('Magyar', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'A Delegation Desk zárolva van' })).toBeVisible();
  await page.getByRole('banner').getByText('English', { exact: true }).click();

  await unlockWithPassphrase(page, 'Балатон осенью 2011');
  await expect(page.getByText('Wrong passphrase: nothing was unlocked. Try again.')).toBeVisible();
  await expectLockedShowingNothing(page);

  await unlockWithPassphrase(page, PASSPHRASE);
  await expect(page.getByRole('banner').getByRole('heading', { name: TOUR })).toBeVisible();
  await openScreen(page, 'Contacts');
  await expect(page.getByText('kiss.gabor@example.hu').first()).toBeVisible();
});

test('protection turned on in Settings for a tour; Ctrl+L locks and keeps the form being typed', async ({
  page,
}) => {
  await openSampleTour(page);
  await openScreen(page, 'Settings');
  const section = page.getByRole('region', { name: 'Protection of the data on this laptop' });
  await expect(section.getByText('The data on this laptop is not protected')).toBeVisible();
  await choosePassphrase(page, 'Turn protection on');
  await expect(section.getByText('Encrypting the data on this laptop… Do not close the app.')).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'Recovery key' });
  await expect(dialog).toBeVisible();
  const recoveryKey = await keepRecoveryKey(page);
  await expect(dialog).toBeHidden();
  await expect(section.getByText(/^Protection is on/)).toBeVisible();

  // A new finding is being typed when Ctrl+L is pressed, before its draft's pause.
  await openScreen(page, 'Findings');
  await page.getByRole('button', { name: 'New finding' }).click();
  let form = page.getByRole('dialog', { name: 'New finding' });
  await form.getByLabel('Title').fill('Typed just before locking');
  await page.keyboard.press('Control+KeyL');
  await expectLockedShowingNothing(page);

  // The recovery key unlocks too, typed in lower case with spaces.
  await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await page.getByRole('textbox', { name: 'Recovery key' }).fill('0000-0000-0000-0000-0000-0000-0000-0000');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('Wrong recovery key: nothing was unlocked.', { exact: false })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Recovery key' })
    .fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Unlock' }).click();

  await expect(page.getByRole('heading', { name: 'Findings', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New finding' }).click();
  form = page.getByRole('dialog', { name: 'New finding' });
  await form.getByRole('button', { name: 'Continue the draft' }).click();
  await expect(form.getByLabel('Title')).toHaveValue('Typed just before locking');
});

test('the app locks itself after the chosen time without use', async ({ page }) => {
  await page.clock.install();
  await openSampleTour(page);
  await openScreen(page, 'Settings');
  await choosePassphrase(page, 'Turn protection on');
  await keepRecoveryKey(page);
  const idle = page.getByRole('combobox', { name: 'Lock after a time without use' });
  await expect(idle).toHaveValue('After 15 minutes');
  await idle.click();
  await page.getByRole('option', { name: 'After 5 minutes' }).click();
  await expect(idle).toHaveValue('After 5 minutes');

  await page.clock.fastForward('04:00');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.clock.fastForward('01:01');
  await expectLockedShowingNothing(page);
  await unlockWithPassphrase(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});
