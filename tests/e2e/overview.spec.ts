import { expect as baseExpect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSampleTour } from './helpers';

// The machines running these are shared and often overloaded: wait longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

/** Per key point of the sample: visits, good practices, negative lessons, observations, recommendations. */
const SAMPLE_KEY_POINTS = [
  { title: /^1\. Organisational and planning methods/, counts: ['5', '2', '0', '1', '2'] },
  { title: /^2\. Basic tactics, tools and mechanisms/, counts: ['4', '2', '1', '1', '3'] },
  { title: /^3\. Police station premises/, counts: ['3', '1', '1', '1', '1'] },
  { title: /^4\. Managing day-to-day community policing tasks/, counts: ['5', '2', '0', '1', '2'] },
  { title: /^5\. Roles and responsibilities of community policing/, counts: ['3', '1', '1', '1', '2'] },
];

test('the app opens on the overview, with the five key points of the sample and their counts', async ({
  page,
}) => {
  await openSampleTour(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page).toHaveURL(/#\/overview$/);

  const table = page.getByRole('table', { name: 'Key points' });
  const rows = table.getByRole('rowgroup').last().getByRole('row');
  await expect(rows).toHaveCount(5);
  for (const [position, keyPoint] of SAMPLE_KEY_POINTS.entries()) {
    const row = rows.nth(position);
    await expect(row.getByRole('rowheader')).toHaveText(keyPoint.title);
    await expect(row.getByRole('cell')).toHaveText([...keyPoint.counts, 'Covered']);
  }

  const counts = page.getByRole('region', { name: 'The tour in numbers' });
  await expect(counts.getByText('16', { exact: true })).toBeVisible();

  // Report readiness: every item links to the screen where it is fixed.
  const readiness = page.getByRole('list', { name: 'Report readiness' });
  await expect(readiness).toContainText('12 contacts without a checked Cyrillic name');
  await expect(readiness).toContainText('no backup made on this computer yet');
  await expect(readiness).toContainText('every text is translated into the document language');
  // The sample's conclusions are not written yet, neither the general ones nor those of its five
  // key points: the report will leave those six parts out.
  await expect(readiness).toContainText('6 chapters of the report will be left out because they are empty:');
  const leftOut = readiness.getByRole('list', { name: 'Chapters left out of the report' });
  await expect(leftOut).toContainText('Conclusions: not written in the document language or any other');
  await expect(leftOut.getByRole('listitem').filter({ hasText: 'no conclusions' })).toHaveCount(5);
  await expectNoSeriousA11yViolations(page);

  // The sample is written in Russian with some English: an English report has a translation backlog.
  await page.getByRole('combobox', { name: 'Document language' }).selectOption('en');
  await expect(readiness).toContainText(/\d+ texts not translated into the document language/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Document language' })).toHaveValue('en');

  await readiness.getByRole('link', { name: 'Check names' }).click();
  await expect(page).toHaveURL(/#\/contacts$/);
  await page.goBack();
  // One link per missing conclusions (five key points, then the general ones): each opens Documents,
  // and each key point's link names its key point.
  const perKeyPoint = readiness.getByRole('link', { name: /^Write the conclusions — key point “.+”$/ });
  await expect(perKeyPoint).toHaveCount(5);
  const names = await perKeyPoint.evaluateAll((links) =>
    links.map((link) => link.getAttribute('aria-label')),
  );
  expect(new Set(names).size).toBe(5);
  await expect(perKeyPoint.first()).toHaveAccessibleName(/Organisational and planning methods/);
  await readiness.getByRole('link', { name: 'Write the conclusions', exact: true }).click();
  await expect(page).toHaveURL(/#\/documents$/);
});

test('Ctrl+K finds a contact without typing the accents, and Enter opens it', async ({ page }) => {
  await openSampleTour(page);
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search the tour' });
  const field = dialog.getByRole('combobox', { name: 'Search' });
  await expect(field).toBeFocused();
  await field.fill('szoke');

  const option = dialog.getByRole('option', { name: /Szőke/ });
  await expect(option).toBeVisible();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(option.locator('mark')).toHaveText('Szőke');
  await expect(dialog.getByRole('group', { name: 'Contacts' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/contacts/);
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  // The contact itself opens: its details dialog, named after the person.
  await expect(page.getByRole('dialog', { name: /Szőke/ })).toBeVisible();
});

test('search finds a finding by a word of its English translation; arrows and Esc work', async ({ page }) => {
  await openSampleTour(page);
  // The header field opens the dialog and carries the typed text over.
  await page.getByRole('banner').getByRole('textbox', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the tour' });
  const field = dialog.getByRole('combobox', { name: 'Search' });
  await field.fill('confidential');

  const findings = dialog.getByRole('group', { name: 'Findings' });
  const option = findings.getByRole('option', { name: /separate public reception hall/ });
  await expect(option).toBeVisible();
  await expect(option.locator('mark')).toHaveText('confidential');

  await field.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+K');
  await expect(field).toHaveValue('confidential');
  await field.fill('patrol');
  const options = dialog.getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await field.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toHaveAttribute('aria-selected', 'false');
  await field.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');

  await field.fill('confidential');
  await field.press('Enter');
  // The link opens the finding on the Findings screen (and is then dropped from the address).
  await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Edit finding' })).toBeVisible();
  await expect(page).toHaveURL(/#\/findings$/);
});
