import { expect as baseExpect, test, type Page } from '@playwright/test';
import { openSampleTour, switchLanguage } from './helpers';
import { layoutProblems } from './layoutProblems';

/**
 * Every screen of the sample tour at the two laptop sizes the delegation uses, in each interface
 * language: nothing scrolls sideways and no text is cut without its full wording on hover. A
 * screenshot of each screen is kept in test-results/ to be looked at.
 */

// Screens load their data after their code; on a busy shared machine that takes more than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
] as const;

const LANGUAGES = [
  { code: 'ru', name: 'Русский' },
  { code: 'be', name: 'Беларуская' },
  { code: 'en', name: 'English' },
  { code: 'hu', name: 'Magyar' },
] as const;

/** Screens by route, with the number of tabs each has (every tab is a screen of its own). */
const SCREENS = [
  { path: 'overview', tabs: 0 },
  { path: 'programme', tabs: 3 },
  { path: 'contacts', tabs: 2 },
  { path: 'findings', tabs: 0 },
  { path: 'recommendations', tabs: 0 },
  { path: 'materials', tabs: 0 },
  { path: 'documents', tabs: 0 },
  { path: 'translation', tabs: 0 },
  { path: 'backup', tabs: 0 },
  { path: 'settings', tabs: 0 },
] as const;

async function showScreen(page: Page, path: string): Promise<void> {
  // The hash router follows the address without reloading the app, as a click on the navigation does.
  await page.evaluate((route) => (window.location.hash = `#/${route}`), path);
  await expect(page).toHaveURL(new RegExp(`#/${path}`));
  // The router swaps screens once the new one's code has loaded, the navigation's mark with it.
  await expect(page.locator(`nav a[href="#/${path}"]`)).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  // The screen's data has arrived when no loader is left.
  await expect(page.getByRole('main').locator('.mantine-Loader-root')).toHaveCount(0);
}

async function checkScreen(page: Page, name: string, problems: string[]): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
  for (const problem of await layoutProblems(page)) problems.push(`${name}: ${problem}`);
}

for (const size of SIZES) {
  for (const language of LANGUAGES) {
    test(`every screen fits ${size.width}×${size.height} in ${language.code}`, async ({ page }) => {
      // Thirteen screens looked at closely: on a shared, busy machine this takes minutes.
      test.setTimeout(360_000);
      await openSampleTour(page);
      await switchLanguage(page, language.name);
      await expect(page.locator('html')).toHaveAttribute('lang', language.code);
      await page.setViewportSize(size);
      const problems: string[] = [];
      for (const screen of SCREENS) {
        await showScreen(page, screen.path);
        const tabs = page.getByRole('main').getByRole('tab');
        if (screen.tabs === 0) {
          await checkScreen(page, `${size.width}-${language.code}-${screen.path}`, problems);
          continue;
        }
        await expect(tabs).toHaveCount(screen.tabs);
        for (let index = 0; index < screen.tabs; index += 1) {
          await tabs.nth(index).click();
          await expect(tabs.nth(index)).toHaveAttribute('aria-selected', 'true');
          await expect(page.getByRole('main').getByRole('tabpanel')).toBeVisible();
          await checkScreen(page, `${size.width}-${language.code}-${screen.path}-${index + 1}`, problems);
        }
      }
      expect(problems).toEqual([]);
    });
  }
}
