import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';

// Argon2id (64 MiB, 3 passes) runs when protection is turned on: seconds on a busy shared machine.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 300_000 });

const PASSPHRASE = 'Балатон осенью 2010';
const NEW_PASSPHRASE = 'Дунай зимой 2011';
const OPTION = "Unlock with this computer's user account";
const KEYCHAIN_BUTTON = 'Unlock with my Linux account';
/** Where the stand-in keychain keeps its key: it survives a reload, as the real file does. */
const KEPT = 'test-keychain-key';

/**
 * The desktop app's window.desktop, standing in for Electron's preload in the web build: a Linux
 * computer whose keychain works, keeping the key in the page's local storage. The rest of the desktop
 * answers as a desktop app with nothing to offer would.
 */
async function installDesktopWithKeychain(page: Page) {
  await page.addInitScript((kept: string) => {
    const unused = () => Promise.resolve({ status: 'error', code: 'invalid-request' });
    (window as unknown as { desktop: unknown }).desktop = {
      appInfo: async () => ({
        name: 'Delegation Desk',
        version: '0.0.0',
        platform: 'linux',
        electron: '41.7.1',
        chrome: '146.0.0.0',
        dataPath: '/home/delegate/.config/Delegation Desk',
      }),
      saveFile: async () => ({ status: 'cancelled' }),
      openFile: async () => ({ status: 'cancelled' }),
      takeOpenedFiles: async () => [],
      setInterfaceLanguage: async () => undefined,
      showFolder: unused,
      writeBackup: async (request: { name: string; bytes: Uint8Array }) => ({
        status: 'saved',
        backup: { name: request.name, size: request.bytes.length, modifiedAt: new Date().toISOString() },
      }),
      listBackups: async () => ({ status: 'listed', backups: [] }),
      readBackup: unused,
      deleteBackup: unused,
      reportError: async () => undefined,
      keychainStatus: async () => ({ available: true, stored: localStorage.getItem(kept) !== null }),
      keychainStore: async (key: string) => {
        localStorage.setItem(kept, key);
        return { status: 'stored' };
      },
      keychainRetrieve: async () => {
        const key = localStorage.getItem(kept);
        return key === null ? { status: 'error', code: 'missing' } : { status: 'retrieved', key };
      },
      keychainForget: async () => {
        localStorage.removeItem(kept);
        return { status: 'forgotten' };
      },
      onMenuCommand: () => () => undefined,
      onFilesOpened: () => () => undefined,
    };
  }, KEPT);
}

async function openSettings(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

/** Types the passphrase twice, asks for protection and confirms the recovery key is written down. */
async function choosePassphrase(page: Page, button: string) {
  await page.getByLabel('Passphrase for this laptop', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('checkbox', { name: 'I have written down or printed the recovery key' }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

/**
 * Protected at the first start, then the sample tour. (Turning protection on in Settings would wait for
 * an automatic backup under way, which is not what this test is about.)
 */
async function protectedSampleTour(page: Page) {
  await page.goto('./');
  await choosePassphrase(page, 'Protect with this passphrase');
  await page.getByRole('button', { name: 'Open the sample tour (Hungary, September 2010)' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

const lockedHeading = (page: Page) => page.getByRole('heading', { name: 'Delegation Desk is locked' });

test('the desktop app unlocks with one click once the computer account keeps the key, also after a new passphrase', async ({
  page,
}) => {
  await installDesktopWithKeychain(page);
  await protectedSampleTour(page);
  await openSettings(page);
  const option = page.getByRole('switch', { name: OPTION });
  await expect(option).not.toBeChecked();
  await expect(page.getByText(/can then open the data without the passphrase/)).toBeVisible();
  // The switch turns on once the key is kept and the vault written (not at the click): click, then wait.
  await option.click();
  await expect(option).toBeChecked();
  await expectNoSeriousA11yViolations(page);

  // Ctrl+L, then one click.
  await page.keyboard.press('Control+KeyL');
  await expect(lockedHeading(page)).toBeVisible();
  await page.getByRole('button', { name: KEYCHAIN_BUTTON }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  // At start too.
  await page.reload();
  await expect(lockedHeading(page)).toBeVisible();
  await page.getByRole('button', { name: KEYCHAIN_BUTTON }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();

  // The key gone (the file deleted): a clear message, still locked, and the passphrase still works.
  await page.evaluate((kept) => localStorage.removeItem(kept), KEPT);
  await page.keyboard.press('Control+KeyL');
  await page.getByRole('button', { name: KEYCHAIN_BUTTON }).click();
  await expect(page.getByRole('alert')).toContainText('This computer no longer keeps the key');
  await expect(lockedHeading(page)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();

  // Settings says it no longer works (not a switch that is on) and sets it up again. Then a new
  // passphrase leaves it working.
  await openSettings(page);
  await expect(page.getByText('One-click unlock no longer works on this laptop')).toBeVisible();
  await expect(option).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Set up one-click unlock again' }).click();
  await expect(option).toBeChecked();
  await expect(page.getByText('One-click unlock no longer works on this laptop')).toHaveCount(0);
  await page.getByRole('button', { name: 'Change the passphrase' }).click();
  await page.getByLabel('Current passphrase or recovery key', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Repeat the passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Save the new passphrase' }).click();
  await expect(page.getByText('The passphrase has been changed.')).toBeVisible();
  await page.keyboard.press('Control+KeyL');
  await page.getByRole('button', { name: KEYCHAIN_BUTTON }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  // Turned off: the lock screen offers the passphrase only.
  await option.click();
  await expect(option).not.toBeChecked();
  await page.keyboard.press('Control+KeyL');
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: KEYCHAIN_BUTTON })).toHaveCount(0);
});

test('the web build offers no keychain', async ({ page }) => {
  await protectedSampleTour(page);
  await openSettings(page);
  await expect(page.getByText(/^Protection is on/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Lock after a time without use' })).toBeVisible();
  await expect(page.getByRole('switch', { name: OPTION })).toHaveCount(0);
});
