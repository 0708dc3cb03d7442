import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test, type Download, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import {
  chooseTimeZone,
  expectNoSeriousA11yViolations,
  fillDate,
  fillMoment,
  openFreshApp,
  openSampleTour,
  switchLanguage,
} from './helpers';

// The programme's tabs and dialogs load their code when first opened (features/programme/lazyParts):
// with every core busy (npm run test:loaded) the "Tour details" tab took more than 10 s to show.
const expect = baseExpect.configure({ timeout: 30_000 });

/** Reads a downloaded calendar file back with ical.js: summary and local start/end of each event. */
async function readCalendar(download: Download) {
  const path = await download.path();
  const calendar = new ICAL.Component(ICAL.parse(await readFile(path, 'utf8')));
  const local = (time: ICAL.Time) => time.toString().slice(0, 16);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      summary: event.summary,
      start: local(event.startDate),
      end: local(event.endDate),
      tzid: component.getFirstProperty('dtstart')?.getParameter('tzid'),
    };
  });
}

/** Opens the Programme screen from the main navigation. */
async function openProgramme(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Programme' })
    .click();
  await expect(page.getByRole('heading', { name: 'Programme', level: 1 })).toBeVisible();
}

async function createTour(page: Page) {
  await page.getByRole('button', { name: 'Create a study tour' }).click();
  const dialog = page.getByRole('dialog', { name: 'New study tour' });
  await dialog.getByLabel('Title of the study tour').fill('Study visit to Budapest');
  await dialog.getByRole('combobox', { name: 'Host country' }).fill('Hung');
  await page.getByRole('option', { name: 'Hungary' }).click();
  await fillDate(dialog, 'First day', '2010-09-20');
  await fillDate(dialog, 'Last day', '2010-09-22');
  await expect(dialog.getByRole('combobox', { name: 'Venue time zone' })).toHaveValue('Budapest (Hungary)');
  await dialog.getByRole('button', { name: 'Create the tour' }).click();
  // Creating a tour writes it with its default key points; on a busy machine that took over 10 s
  // once (the button stayed in its saving state): wait for the dialog to close, not for a clock.
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await openProgramme(page);
}

async function addDelegate(page: Page, familyName: string, givenName: string) {
  await page.getByRole('button', { name: 'Add a member' }).click();
  const dialog = page.getByRole('dialog', { name: 'New member of the delegation' });
  await dialog.getByRole('textbox', { name: 'Family name', exact: true }).fill(familyName);
  await dialog.getByRole('textbox', { name: 'Given name', exact: true }).fill(givenName);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

interface EventInput {
  title: string;
  start: string;
  end: string;
  delegates: string[];
}

async function fillEvent(dialog: Locator, event: EventInput) {
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(event.title);
  await fillMoment(dialog, 'Start', 'Start time', event.start);
  await fillMoment(dialog, 'End', 'End time', event.end);
  for (const name of event.delegates) await dialog.getByRole('checkbox', { name }).check();
}

async function addEvent(page: Page, event: EventInput) {
  await page.getByRole('button', { name: 'Add event', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await fillEvent(dialog, event);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

const day = (page: Page, heading: string) => page.getByRole('region', { name: heading });

// Each test opens the app and imports or creates a tour: on a shared, busy machine that alone can take a minute.
test.describe.configure({ timeout: 180_000 });

test('a tour, its delegation and programme: grouped by day, overlap warned, dates follow the language, ICS export', async ({
  page,
}) => {
  // A long walk through the app, as a person would do it; the machines running it are shared.
  test.setTimeout(360_000);
  await openFreshApp(page);
  await createTour(page);

  await page.getByRole('tab', { name: 'Delegation' }).click();
  await addDelegate(page, 'Ivanova', 'Olga');
  await addDelegate(page, 'Petrov', 'Sergei');
  await expect(page.getByRole('cell', { name: 'Ivanova Olga', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Petrov Sergei', exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('tab', { name: 'Agenda' }).click();
  await addEvent(page, {
    title: 'Police headquarters',
    start: '2010-09-20T09:00',
    end: '2010-09-20T11:00',
    delegates: ['Ivanova Olga', 'Petrov Sergei'],
  });
  await addEvent(page, {
    title: 'Ministry of Interior',
    start: '2010-09-20T14:00',
    end: '2010-09-20T16:00',
    delegates: ['Ivanova Olga'],
  });
  await addEvent(page, {
    title: 'District police station',
    start: '2010-09-21T10:00',
    end: '2010-09-21T12:30',
    delegates: ['Petrov Sergei'],
  });

  // Grouped by day, in order, in the interface language's date format.
  const monday = day(page, 'Monday, 20 September 2010');
  const tuesday = day(page, 'Tuesday, 21 September 2010');
  await expect(monday.getByRole('article')).toHaveCount(2);
  await expect(monday.getByRole('article').first()).toContainText('Police headquarters');
  await expect(monday.getByRole('article').nth(1)).toContainText('Ministry of Interior');
  await expect(tuesday.getByRole('article')).toHaveCount(1);
  await expect(tuesday.getByRole('article')).toContainText('10:00–12:30');
  await expect(page.getByText(/overlapping events/)).toHaveCount(0);

  // Bad input is shown next to the field and nothing is saved.
  await page.getByRole('button', { name: 'Edit event “Ministry of Interior”' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit event' });
  await fillMoment(edit, 'End', 'End time', '2010-09-20T13:00');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByText('The end must be after the start.')).toBeVisible();

  // Fixed: the ministry meeting now overlaps the morning visit, which Olga Ivanova also attends.
  await chooseTimeZone(page, edit, 'Time zone', 'budapest', 'Budapest (Hungary)');
  await fillMoment(edit, 'Start', 'Start time', '2010-09-20T10:30');
  await fillMoment(edit, 'End', 'End time', '2010-09-20T12:00');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  const warnings = page.getByRole('region', { name: /warning/ });
  await expect(warnings).toContainText(
    'Ivanova Olga is booked in two overlapping events: “Police headquarters” and “Ministry of Interior”.',
  );
  await expect(warnings).not.toContainText('Petrov Sergei is booked');
  await expect(monday.getByRole('article').nth(1)).toContainText('10:30–12:00');

  // Home time: Minsk was one hour ahead of Budapest in September 2010.
  await page.getByRole('switch', { name: /Also show home time \(Europe\/Minsk\)/ }).check();
  await expect(monday.getByRole('article').first()).toContainText('Home: 10:00–12:00');

  // Another interface language: the day headings are written its way.
  await switchLanguage(page, 'Русский');
  await expect(page.getByRole('heading', { name: 'понедельник, 20 сентября 2010 г.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'вторник, 21 сентября 2010 г.' })).toBeVisible();
  await switchLanguage(page, 'Magyar');
  await expect(page.getByRole('heading', { name: '2010. szeptember 20., hétfő' })).toBeVisible();
  await switchLanguage(page, 'English');
  await expect(monday).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The whole programme as a calendar file.
  await page.getByRole('button', { name: 'Export to calendar' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the programme to a calendar' });
  let downloadPromise = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Save the calendar file' }).click();
  let download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('programme.ics');
  expect(await readCalendar(download)).toEqual([
    {
      summary: 'Police headquarters',
      start: '2010-09-20T09:00',
      end: '2010-09-20T11:00',
      tzid: 'Europe/Budapest',
    },
    {
      summary: 'Ministry of Interior',
      start: '2010-09-20T10:30',
      end: '2010-09-20T12:00',
      tzid: 'Europe/Budapest',
    },
    {
      summary: 'District police station',
      start: '2010-09-21T10:00',
      end: '2010-09-21T12:30',
      tzid: 'Europe/Budapest',
    },
  ]);

  // One day of it.
  await page.getByRole('button', { name: 'Export to calendar' }).click();
  await exportDialog.getByLabel('Days').selectOption({ label: 'Tuesday, 21 September 2010' });
  downloadPromise = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Save the calendar file' }).click();
  download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('programme-2010-09-21.ics');
  expect((await readCalendar(download)).map((event) => event.summary)).toEqual(['District police station']);
});

test('the sample tour’s 11 events show on the right days', async ({ page }) => {
  await openSampleTour(page);
  await openProgramme(page);
  const expected: [string, number, string][] = [
    ['Sunday, 19 September 2010', 1, 'Arrival of the delegation in Budapest'],
    ['Monday, 20 September 2010', 2, 'National Police Headquarters'],
    ['Tuesday, 21 September 2010', 2, 'District V police station'],
    ['Wednesday, 22 September 2010', 1, 'Szentendre'],
    ['Thursday, 23 September 2010', 3, 'White Ring'],
    ['Friday, 24 September 2010', 2, 'Wrap-up with ORFK leadership'],
  ];
  for (const [heading, count, firstTitle] of expected) {
    const events = day(page, heading).getByRole('article');
    await expect(events, heading).toHaveCount(count);
    await expect(events.first()).toContainText(firstTitle);
  }
  await expect(page.getByRole('article')).toHaveCount(11);
  await expect(page.getByRole('region', { name: /warning/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('during the tour, today, the running event and the next one are highlighted', async ({ page }) => {
  // 10:00 in Budapest on 20 September 2010, during the visit to the National Police Headquarters.
  await page.clock.setFixedTime(new Date('2010-09-20T08:00:00Z'));
  await openSampleTour(page);
  await openProgramme(page);
  const monday = day(page, 'Monday, 20 September 2010');
  await expect(monday.getByText('Today', { exact: true })).toBeVisible();
  await expect(monday.getByRole('article').first()).toContainText('Now');
  await expect(monday.getByRole('article').nth(1)).toContainText('Next');
  await expect(page.getByText('Now', { exact: true })).toHaveCount(1);
});

test('deleting a visit with findings asks first and says the findings are kept', async ({ page }) => {
  await openSampleTour(page);
  await openProgramme(page);
  await page
    .getByRole('button', {
      name: 'Delete event “National Police Headquarters: police organisation and community strategy”',
    })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete this event?' });
  await expect(dialog).toContainText(/findings? (was|were) recorded at this event/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('article')).toHaveCount(11);

  await page
    .getByRole('button', {
      name: 'Delete event “National Police Headquarters: police organisation and community strategy”',
    })
    .click();
  await dialog.getByRole('button', { name: 'Delete the event' }).click();
  await expect(page.getByRole('article')).toHaveCount(10);
  await expect(day(page, 'Monday, 20 September 2010').getByRole('article')).toHaveCount(1);
});

test('tour details: an impossible order of dates is refused next to the field; the home zone is found by city', async ({
  page,
}) => {
  await openSampleTour(page);
  await openProgramme(page);
  await page.getByRole('tab', { name: 'Tour details' }).click();
  await expect(page.getByRole('textbox', { name: 'Last day' })).toHaveValue('24/09/2010');
  await expectNoSeriousA11yViolations(page);
  await fillDate(page, 'Last day', '2010-09-10');
  await page.getByRole('button', { name: 'Save the tour details' }).click();
  await expect(page.getByText('The end must be after the start.')).toBeVisible();

  await fillDate(page, 'Last day', '25/09/2010');
  await chooseTimeZone(page, page, 'Home time zone', 'minsk', 'Minsk (Belarus)');
  await page.getByRole('button', { name: 'Save the tour details' }).click();
  await expect(page.getByText('The tour details have been saved.')).toBeVisible();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await expect(page.getByRole('article')).toHaveCount(11);
});

test("delegates' names: the Hungarian form suggested and confirmed, the passport form in English, no Cyrillic in either interface", async ({
  page,
}) => {
  await openSampleTour(page);
  await openProgramme(page);
  await page.getByRole('tab', { name: 'Delegation' }).click();
  // No passport form yet: the English interface shows the passport transliteration.
  await expect(page.getByRole('cell', { name: 'Kovalev Andrei', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Edit Kovalev Andrei' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit member of the delegation' });
  const hungarian = dialog.getByRole('group', { name: 'Hungarian' });
  await expect(hungarian.getByTestId('hungarian-name')).toHaveText('Kovaljov Andrej');
  await expect(hungarian.getByText('Suggested', { exact: true })).toBeVisible();
  await hungarian.getByRole('button', { name: 'Accept the suggested Hungarian form' }).click();
  await expect(hungarian.getByText('Checked', { exact: true })).toBeVisible();
  const passport = dialog.getByRole('group', { name: 'As in the passport' });
  await passport.getByRole('textbox', { name: 'Family name (passport)' }).fill('KAVALIOU');
  await passport.getByRole('textbox', { name: 'Given name (passport)' }).fill('ANDREI');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: 'KAVALIOU ANDREI', exact: true })).toBeVisible();

  await switchLanguage(page, 'Magyar');
  await expect(page.getByRole('cell', { name: 'Kovaljov Andrej', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Zsuk Viktor', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Kravcsenko Dmitrij', exact: true })).toBeVisible();
  await switchLanguage(page, 'Русский');
  await expect(page.getByRole('cell', { name: 'Ковалёв Андрей Петрович', exact: true })).toBeVisible();
});
