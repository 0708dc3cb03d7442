import { expect, test } from '@playwright/test';
import {
  answerFirstRunNotNow,
  expectNoSeriousA11yViolations,
  fillDate,
  openFreshApp,
  openSampleTour,
  switchLanguage,
} from './helpers';

test('a new user sees the empty state with both ways to start', async ({ page }) => {
  await openFreshApp(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Delegation Desk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create a study tour' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Open the sample tour (Hungary, September 2010)' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the sample tour opens and is still there after a reload', async ({ page }) => {
  await openSampleTour(page);
  await page.reload();
  await expect(
    page.getByRole('banner').getByRole('heading', { name: /community policing study tour to Hungary/ }),
  ).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Tours' }).click();
  await expect(
    page.getByRole('menuitem', { name: /community policing study tour to Hungary/ }),
  ).toHaveAttribute('aria-current', 'true');
});

test('the Tours menu opens from the keyboard and keeps the focus; the header buttons keep their names', async ({
  page,
}) => {
  await openSampleTour(page);
  await page.reload();
  const banner = page.getByRole('banner');
  await expect(
    banner.getByRole('heading', { name: /community policing study tour to Hungary/ }),
  ).toBeVisible();
  const tours = banner.getByRole('button', { name: 'Tours' });
  await tours.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Create a study tour' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(banner.getByRole('button', { name: 'Tours' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('menuitem', { name: 'Open the sample tour (Hungary, September 2010)' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(banner.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(banner.getByRole('button', { name: /navigation/i })).toBeVisible();
});

test('switching through the four languages changes header, navigation and <html lang>, with no raw keys', async ({
  page,
}) => {
  await openSampleTour(page);
  const nav = page.getByRole('navigation');
  const expected = [
    { name: 'Русский', lang: 'ru', settings: 'Настройки', tours: 'Поездки' },
    { name: 'Беларуская', lang: 'be', settings: 'Налады', tours: 'Паездкі' },
    { name: 'Magyar', lang: 'hu', settings: 'Beállítások', tours: 'Tanulmányutak' },
    { name: 'English', lang: 'en', settings: 'Settings', tours: 'Tours' },
  ] as const;
  for (const language of expected) {
    await switchLanguage(page, language.name);
    await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
    await expect(nav.getByRole('link', { name: language.settings })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('button', { name: language.tours })).toBeVisible();
    // A raw key looks like "nav.settings": words joined by dots, no spaces.
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\b[a-z]+(?:\.[a-zA-Z-]+){1,3}\b(?![\w-]*@)/);
  }
});

test('the chosen language is remembered across restarts', async ({ page }) => {
  await openFreshApp(page);
  await switchLanguage(page, 'Magyar');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
  await expect(page.getByRole('heading', { name: 'Üdvözli a Delegation Desk' })).toBeVisible();
});

test('the first start follows the system language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'be-BY' });
  const page = await context.newPage();
  await page.goto('./');
  await answerFirstRunNotNow(page, 'Не зараз');
  await expect(page.locator('html')).toHaveAttribute('lang', 'be');
  await expect(page.getByRole('button', { name: 'Стварыць азнаямленчую паездку' })).toBeVisible();
  await context.close();
});

test('an unsupported system language falls back to Russian', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('./');
  await answerFirstRunNotNow(page, 'Не сейчас');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await context.close();
});

test('a user creates a tour, gets clear messages for bad dates, and switches between tours', async ({
  page,
}) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Create a study tour' }).click();
  const dialog = page.getByRole('dialog', { name: 'New study tour' });
  await dialog.getByRole('button', { name: 'Create the tour' }).click();
  await expect(dialog.getByText('Please fill in this field.').first()).toBeVisible();

  await dialog.getByLabel('Title of the study tour').fill('Study visit to Vilnius');
  await dialog.getByRole('combobox', { name: 'Host country' }).fill('Lith');
  await page.getByRole('option', { name: 'Lithuania' }).click();
  await fillDate(dialog, 'First day', '2026-05-12');
  await fillDate(dialog, 'Last day', '2026-05-10');
  // Lithuania has one time zone: choosing the country proposed it.
  await expect(dialog.getByRole('combobox', { name: 'Venue time zone' })).toHaveValue('Vilnius (Lithuania)');
  await dialog.getByRole('button', { name: 'Create the tour' }).click();
  await expect(dialog.getByText('The last day cannot be before the first day.')).toBeVisible();

  await fillDate(dialog, 'Last day', '2026-05-16');
  await dialog.getByRole('button', { name: 'Create the tour' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('banner').getByRole('heading', { name: 'Study visit to Vilnius' }),
  ).toBeVisible();

  // A second tour, then switch back to the first with the header switcher.
  await page.getByRole('button', { name: 'Tours' }).click();
  await page.getByRole('menuitem', { name: 'Open the sample tour (Hungary, September 2010)' }).click();
  await expect(
    page.getByRole('banner').getByRole('heading', { name: /community policing study tour to Hungary/ }),
  ).toBeVisible();
  // The title is shown once, in the header; the Tours menu ticks it and switches to another.
  await expect(page.getByRole('banner').getByText(/community policing study tour to Hungary/)).toHaveCount(1);
  await page.getByRole('button', { name: 'Tours' }).click();
  await page.getByRole('menuitem', { name: 'Study visit to Vilnius' }).click();
  await expect(
    page.getByRole('banner').getByRole('heading', { name: 'Study visit to Vilnius' }),
  ).toBeVisible();
});

test('settings: delete a tour after confirming', async ({ page }) => {
  await openSampleTour(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: /^Delete “Belarusian Ministry/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this study tour?' });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('There are no study tours yet.')).toBeVisible();
});

test('Belarusian dates are written in Belarusian, though Chromium has no Belarusian date data', async ({
  page,
}) => {
  await openSampleTour(page);
  await switchLanguage(page, 'Беларуская');
  await expect(page.getByText('19–24 верасня 2010').first()).toBeVisible();
  await switchLanguage(page, 'Русский');
  await expect(page.getByText(/19–24 сентября 2010\sг\./u).first()).toBeVisible();
});
