import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type enLocale from '../../locales/ui/en.json';
import { openFreshApp, switchLanguage } from './helpers';

type Ui = typeof enLocale;
const load = (language: string): Ui =>
  JSON.parse(readFileSync(new URL(`../../locales/ui/${language}.json`, import.meta.url), 'utf8')) as Ui;
const [ru, be, en, hu] = ['ru', 'be', 'en', 'hu'].map(load) as [Ui, Ui, Ui, Ui];

// Each interface language, with what a native reader expects to see in its pickers, whatever
// the browser's own locale (the tests run Chromium in en-US, which would say mm/dd/yyyy and PM).
const LANGUAGES = [
  {
    name: 'Русский',
    ui: ru,
    typedDate: '20.09.2010',
    typedEnd: '22.09.2010',
    month: 'сентябрь 2010',
    monday: 'пн',
    country: 'Венгрия',
    zoneQuery: 'Будапешт',
    zone: 'Будапешт (Венгрия)',
  },
  {
    name: 'Беларуская',
    ui: be,
    typedDate: '20.09.2010',
    typedEnd: '22.09.2010',
    month: 'верасень 2010',
    monday: 'пн',
    country: 'Венгрыя',
    zoneQuery: 'Будапешт',
    zone: 'Будапешт (Венгрыя)',
  },
  {
    name: 'English',
    ui: en,
    typedDate: '20/09/2010',
    typedEnd: '22/09/2010',
    month: 'September 2010',
    monday: 'Mo',
    country: 'Hungary',
    zoneQuery: 'Budapest',
    zone: 'Budapest (Hungary)',
  },
  {
    name: 'Magyar',
    ui: hu,
    typedDate: '2010. 09. 20.',
    typedEnd: '2010. 09. 22.',
    month: '2010. szeptember',
    monday: 'h',
    country: 'Magyarország',
    zoneQuery: 'Budapest',
    zone: 'Budapest (Magyarország)',
  },
] as const;

async function openNewTourDialog(page: Page, ui: Ui) {
  await page.getByRole('button', { name: ui.welcome.create }).click();
  return page.getByRole('dialog', { name: ui.tourForm.title });
}

for (const language of LANGUAGES) {
  const { ui } = language;

  test(`${language.name}: the new tour's date picker, time zone picker and host country speak the language`, async ({
    page,
  }) => {
    await openFreshApp(page);
    await switchLanguage(page, language.name);
    const dialog = await openNewTourDialog(page, ui);

    // The date is written in the language's order, and the calendar names its months.
    const start = dialog.getByRole('textbox', { name: ui.tourForm.startDate, exact: true });
    await start.fill('2010-09-20');
    await start.press('Tab');
    await expect(start).toHaveValue(language.typedDate);
    await start.click();
    const calendar = page.locator('[data-dates-dropdown]');
    await expect(calendar.getByRole('button', { name: ui.pickers.monthLevel })).toHaveText(language.month);
    // Weeks start on Monday.
    await expect(calendar.locator('thead th').first()).toHaveText(language.monday);
    await start.press('Tab');

    // A date typed the language's own way is understood.
    const end = dialog.getByRole('textbox', { name: ui.tourForm.endDate, exact: true });
    await end.fill(language.typedEnd);
    await end.press('Tab');
    await expect(end).toHaveValue(language.typedEnd);

    // Choosing Hungary proposes Budapest's zone, named by city and country.
    await dialog.getByRole('combobox', { name: ui.tourForm.hostCountry }).fill(language.country.slice(0, 5));
    await page.getByRole('option', { name: language.country, exact: true }).click();
    const zone = dialog.getByRole('combobox', { name: ui.tourForm.timeZone });
    await expect(zone).toHaveValue(language.zone);

    // Typing the city in the language finds Europe/Budapest, with its offset on the tour's dates.
    await zone.fill(language.zoneQuery);
    const option = page.getByRole('option', {
      name: new RegExp(`^${language.zone.replace(/[()]/g, '\\$&')}`),
    });
    await expect(option).toBeVisible();
    await expect(option).toContainText('UTC+02:00');
  });

  test(`${language.name}: a time field shows 24-hour time and a file button its own words`, async ({
    page,
  }) => {
    await openFreshApp(page);
    await switchLanguage(page, language.name);
    await page.getByRole('button', { name: ui.welcome.openSample }).click();
    await page.getByRole('navigation').getByRole('link', { name: ui.nav.programme }).click();
    await page.getByRole('button', { name: ui.programme.agenda.addEvent, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: ui.programme.eventForm.titleNew });
    const hours = dialog.getByRole('spinbutton', {
      name: ui.pickers.hoursOf.replace('{{field}}', ui.programme.eventForm.startTime),
    });
    await hours.fill('14');
    await expect(hours).toHaveValue('14');
    await expect(hours).toHaveAttribute('aria-valuemax', '23');
    await expect(dialog.getByText(/\b(AM|PM)\b/)).toHaveCount(0);
    // Cancel after typing asks whether to throw the change away (issue 16's form frame).
    await dialog.getByRole('button', { name: ui.common.cancel }).click();
    await dialog.getByRole('button', { name: ui.forms.discard, exact: true }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('navigation').getByRole('link', { name: ui.nav.backup }).click();
    const button = page.getByRole('button', {
      name: `${ui.backup.restore.fileLabel}: ${ui.pickers.chooseFile}`,
    });
    await expect(button).toHaveText(ui.pickers.chooseFile);
    await expect(page.getByText(ui.pickers.noFileChosen).first()).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await button.click();
    await (
      await chooser
    ).setFiles({ name: 'kopia.ddbackup', mimeType: 'application/zip', buffer: Buffer.from('x') });
    await expect(page.getByText('kopia.ddbackup', { exact: true })).toBeVisible();
  });
}

test.describe('a laptop whose clock is set to UTC', () => {
  test.use({ timezoneId: 'UTC' });

  test('leaves the home time zone to the user and asks for it instead of saving without one', async ({
    page,
  }) => {
    await openFreshApp(page);
    await switchLanguage(page, 'Русский');
    const dialog = await openNewTourDialog(page, ru);
    await dialog.getByRole('textbox', { name: ru.tourForm.name }).fill('Ознакомительная поездка');
    await dialog.getByRole('combobox', { name: ru.tourForm.hostCountry }).fill('Венгр');
    await page.getByRole('option', { name: 'Венгрия', exact: true }).click();
    const startDate = dialog.getByRole('textbox', { name: ru.tourForm.startDate, exact: true });
    await startDate.fill('20.09.2010');
    await startDate.press('Tab');
    const endDate = dialog.getByRole('textbox', { name: ru.tourForm.endDate, exact: true });
    await endDate.fill('24.09.2010');
    await endDate.press('Tab');

    // UTC says nothing about where the delegation lives: the field is empty, not "UTC".
    const home = dialog.getByRole('combobox', { name: ru.tourForm.homeTimeZone });
    await expect(home).toHaveValue('');
    await dialog.getByRole('button', { name: ru.tourForm.create }).click();
    await expect(dialog).toBeVisible();
    await expect(home).toBeFocused();
    await expect(dialog.getByText(ru.tourForm.errors.required)).toBeVisible();

    // Once chosen, the tour is created.
    await home.fill('Минск');
    await page.getByRole('option', { name: /^Минск \(Беларусь\)/ }).click();
    await expect(home).toHaveValue('Минск (Беларусь)');
    await dialog.getByRole('button', { name: ru.tourForm.create }).click();
    // On a busy machine the save and the switch to the new tour took over 10 s (see itinerary.spec).
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    await expect(page.getByText('Ознакомительная поездка').first()).toBeVisible();
  });
});
