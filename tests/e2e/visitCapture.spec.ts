import { expect as baseExpect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSampleTour } from './helpers';

// The machines running these are shared and often overloaded: wait longer than the default.
const expect = baseExpect.configure({ timeout: 60_000 });

const HQ = /National Police Headquarters: police organisation and community strategy/;

test('during a visit, the Overview adds a finding to it, filled in with the visit, its organisation and host', async ({
  page,
}) => {
  // 10:00 in Budapest on 20 September 2010, during the visit to the National Police Headquarters.
  await page.clock.setFixedTime(new Date('2010-09-20T08:00:00Z'));
  await openSampleTour(page);
  const card = page.getByRole('region', { name: 'Visit in progress' });
  await expect(card).toContainText(HQ);
  await expect(card).toContainText('09:30–12:30 · National Police Headquarters');
  await expectNoSeriousA11yViolations(page);

  await card.getByRole('link', { name: 'Add a finding to this visit' }).click();
  const form = page.getByRole('dialog', { name: 'New finding' });
  await expect(form.getByRole('combobox', { name: 'Visit' }).locator('option:checked')).toHaveText(HQ);
  await expect(form.getByText('At: National Police Headquarters')).toBeVisible();
  await expect(form.getByText('Gábor Kiss', { exact: false })).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Date' })).toHaveValue('20/09/2010');
  await form.getByLabel('Key point').selectOption({ index: 1 });
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Noted at the headquarters');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  // The segmented control's radio inputs are visually hidden; a user clicks the label.
  await page
    .getByRole('radiogroup', { name: 'Group findings' })
    .getByText('By visit', { exact: true })
    .click();
  const visit = page.getByRole('region', { name: HQ });
  await expect(visit.getByRole('article', { name: 'Noted at the headquarters' })).toBeVisible();
});

test('between visits the Overview offers the next one; Alt+Shift+N from any screen opens a finding at the visit in progress', async ({
  page,
}) => {
  // 13:00 in Budapest: lunch, the meeting at the Ministry is next.
  await page.clock.setFixedTime(new Date('2010-09-20T11:00:00Z'));
  await openSampleTour(page);
  await expect(page.getByRole('region', { name: 'Next visit' })).toContainText(
    'Ministry of Interior: national strategy for social crime prevention',
  );
  // No visit in progress: the shortcut opens a finding at no visit.
  await page.keyboard.press('Alt+Shift+N');
  const form = page.getByRole('dialog', { name: 'New finding' });
  await expect(form.getByRole('combobox', { name: 'Visit' }).locator('option:checked')).toHaveText(
    '— none —',
  );
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  // 10:00 the next day, during the visit to the District V police.
  await page.clock.setFixedTime(new Date('2010-09-21T08:00:00Z'));
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Contacts' })
    .click();
  await page.keyboard.press('Alt+Shift+N');
  await expect(form.getByRole('combobox', { name: 'Visit' }).locator('option:checked')).toHaveText(
    /District V/,
  );
});
