import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Locator, type Page } from '@playwright/test';

// Start-up on a shared, overloaded machine can take far longer than the default 10 s.
const expect = baseExpect.configure({ timeout: 60_000 });

/**
 * Opens the app on a fresh profile (each Playwright test has its own empty IndexedDB). A new, empty
 * database first asks whether to protect it with a passphrase: "Not now" (tests/e2e/protection.spec.ts
 * answers otherwise).
 */
export async function openFreshApp(page: Page): Promise<void> {
  await page.goto('./');
  await answerFirstRunNotNow(page);
  // The first start reads the database and loads a screen: seconds on a busy shared machine.
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible({ timeout: 30_000 });
}

/** The first start's question about protecting the data, answered "Not now" (in English). */
export async function answerFirstRunNotNow(page: Page, notNow = 'Not now'): Promise<void> {
  await page.getByRole('button', { name: notNow, exact: true }).click({ timeout: 30_000 });
}

/** Opens the app and the bundled sample tour through the welcome screen, as a user would. */
export async function openSampleTour(page: Page): Promise<void> {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Open the sample tour (Hungary, September 2010)' }).click();
  // Importing the sample takes seconds on a busy shared machine.
  await expect(
    page.getByRole('banner').getByRole('heading', { name: /community policing study tour to Hungary/ }),
  ).toBeVisible({ timeout: 30_000 });
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

type Scope = Page | Locator;

/** Types a date into a date field (any language accepts ISO dates) and leaves the field. */
export async function fillDate(scope: Scope, label: string, isoDate: string): Promise<void> {
  const field = scope.getByRole('textbox', { name: label, exact: true });
  await field.fill(isoDate);
  await field.press('Tab');
}

/** A moment "YYYY-MM-DDTHH:mm" into a date field and its 24-hour time field. */
export async function fillMoment(scope: Scope, label: string, timeLabel: string, moment: string) {
  const [date = '', time = ''] = moment.split('T');
  const [hours = '', minutes = ''] = time.split(':');
  await fillDate(scope, label, date);
  await scope.getByRole('spinbutton', { name: `${timeLabel}: hours` }).fill(hours);
  await scope.getByRole('spinbutton', { name: `${timeLabel}: minutes` }).fill(minutes);
}

/** Types into the time zone picker and picks the zone shown as `city (country)`. */
export async function chooseTimeZone(page: Page, scope: Scope, label: string, query: string, option: string) {
  await scope.getByRole('combobox', { name: label }).fill(query);
  await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(option)}`) }).click();
}

/** Chooses a file with the app's own file button, as a person does through the file dialog. */
export async function chooseFileWithButton(
  page: Page,
  label: string,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}:`) }).click();
  await (await chooser).setFiles(file);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
