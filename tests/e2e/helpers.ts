import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Page } from '@playwright/test';

// Start-up on a shared, overloaded machine can take far longer than the default 10 s.
const expect = baseExpect.configure({ timeout: 60_000 });

/** Opens the app on a fresh profile (each Playwright test has its own empty IndexedDB). */
export async function openFreshApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

/** Opens the app and the bundled sample tour through the welcome screen, as a user would. */
export async function openSampleTour(page: Page): Promise<void> {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open the sample tour (Hungary, September 2010)' }).click();
  await expect(
    page.getByRole('banner').getByRole('heading', { name: /community policing study tour to Hungary/ }),
  ).toBeVisible();
}

/** Switches the interface language with the header switcher, by the language's own name. */
export async function switchLanguage(
  page: Page,
  nativeName: 'Русский' | 'Беларуская' | 'English' | 'Magyar',
) {
  await page.getByRole('banner').getByText(nativeName, { exact: true }).click();
}

/** No serious or critical accessibility violation on what is shown now. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
