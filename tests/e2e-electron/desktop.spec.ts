// Smoke test of the real desktop app: Electron starts the compiled shell, the window shows the renderer from
// app://, the language switch reaches the native menu, and an export goes through the native save dialog
// into a file. Runs only where an Electron binary exists; elsewhere Playwright lists it as skipped, with the
// reason, never as passed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, missingDisplayReason } from './electronBinary';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const binary = findElectronBinary();
const noDisplay = missingDisplayReason();

// DESKTOP_SMOKE=required (set by .ci/run wherever an Electron binary is present) turns "cannot run here"
// from a skip into a failure, so CI never passes without the desktop app having started.
const required = process.env.DESKTOP_SMOKE === 'required';
const cannotRun = binary.executablePath === null ? binary.reason : noDisplay;

test.describe('desktop app', () => {
  test.skip(!required && cannotRun !== null, cannotRun ?? '');

  test.beforeAll(() => {
    if (cannotRun !== null)
      throw new Error(`DESKTOP_SMOKE=required, but the desktop app cannot run: ${cannotRun}`);
  });

  let app: ElectronApplication;
  let window: Page;
  let userData: string;

  test.beforeAll(() => {
    // npm run test:e2e builds the renderer; the shell is compiled here, only when it can run.
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'electron/tsconfig.json'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (!existsSync(path.join(root, 'dist-renderer/index.html'))) {
      throw new Error('dist-renderer/ is missing: run npm run build:renderer first');
    }
  });

  test.beforeEach(async () => {
    userData = mkdtempSync(path.join(os.tmpdir(), 'delegation-desk-e2e-'));
    app = await electron.launch({
      executablePath: binary.executablePath ?? undefined,
      // A throw-away data folder, and English so the test reads the same everywhere.
      args: [root, `--user-data-dir=${userData}`, '--lang=en-US'],
      cwd: root,
    });
    window = await app.firstWindow();
  });

  test.afterEach(async () => {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  });

  test('starts, follows the language switcher in the native menu, and exports a document', async () => {
    await expect(window).toHaveTitle('Delegation Desk');
    // A new, empty database first asks whether to protect it with a passphrase.
    await window.getByRole('button', { name: 'Not now', exact: true }).click();
    await expect(window.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();

    const menuLabels = () =>
      app.evaluate(
        ({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label.replace('&', '')) ?? [],
      );
    await expect.poll(menuLabels).toContain('Help');

    await window.getByRole('banner').getByText('Magyar', { exact: true }).click();
    await expect.poll(menuLabels).toContain('Súgó');
    await window.getByRole('banner').getByText('English', { exact: true }).click();
    await expect.poll(menuLabels).toContain('Help');

    await window.getByRole('button', { name: 'Open the sample tour (Hungary, September 2010)' }).click();
    await expect(
      window.getByRole('heading', { name: /community policing study tour to Hungary/ }),
    ).toBeVisible();

    // The native save dialog cannot be clicked by Playwright: answer it from the main process.
    const target = path.join(userData, 'programme.ics');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    await window.getByRole('button', { name: 'Export to calendar' }).click();
    await window.getByRole('button', { name: 'Save the calendar file' }).click();
    await expect(window.getByText('The calendar file has been saved.')).toBeVisible();
    expect(statSync(target).size).toBeGreaterThan(0);
  });
});
