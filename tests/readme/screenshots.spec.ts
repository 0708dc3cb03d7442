import { fileURLToPath } from 'node:url';
import { expect as baseExpect, test } from '@playwright/test';
import { openSampleTour, switchLanguage } from '../e2e/helpers';

const expect = baseExpect.configure({ timeout: 30_000 });
const OUT = fileURLToPath(new URL('../../build/readme/', import.meta.url));

/** The README's tour: the five screens a delegate uses most, in Russian and in English. */
const SCREENS = [
  { path: 'overview', name: 'overview' },
  { path: 'programme', name: 'programme' },
  { path: 'findings', name: 'findings' },
  { path: 'documents', name: 'documents' },
  { path: 'translation', name: 'translation' },
] as const;

const LANGUAGES = [
  { code: 'ru', name: 'Русский' },
  { code: 'en', name: 'English' },
] as const;

for (const language of LANGUAGES) {
  test(`README screenshots in ${language.code}`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    await openSampleTour(page);
    await switchLanguage(page, language.name);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    for (const screen of SCREENS) {
      await page.locator(`nav a[href="#/${screen.path}"]`).click();
      await expect(page.locator(`nav a[href="#/${screen.path}"]`)).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('main').locator('.mantine-Loader-root')).toHaveCount(0);
      // Away from the navigation: no hover highlight or focus ring in the picture.
      await page.mouse.move(1300, 760);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.screenshot({ path: `${OUT}app-${screen.name}-${language.code}.png` });
    }
  });
}
