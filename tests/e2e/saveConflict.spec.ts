import { expect as baseExpect, test, type Page } from '@playwright/test';
import { openSampleTour } from './helpers';

// Shared, often overloaded machines: wait longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

async function openContacts(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Contacts' })
    .click();
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
}

/** Opens the edit form of Dr Gábor Kiss, as a user would: the name, then Edit. */
async function editKiss(page: Page) {
  await page
    .getByRole('table', { name: 'Contacts' })
    .getByRole('button', { name: 'Dr Gábor Kiss', exact: true })
    .click();
  await page.getByRole('dialog', { name: 'Dr Gábor Kiss' }).getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Edit contact' });
  await expect(form.getByLabel('Notes')).toBeVisible();
  return form;
}

async function notesOfKiss(page: Page) {
  await page
    .getByRole('table', { name: 'Contacts' })
    .getByRole('button', { name: 'Dr Gábor Kiss', exact: true })
    .click();
  const details = page.getByRole('dialog', { name: 'Dr Gábor Kiss' });
  await expect(details).toBeVisible();
  return details;
}

test('two tabs edit the same contact: the second save shows both versions, and the choice is what is kept', async ({
  page,
  context,
}) => {
  test.slow(); // two tabs of the app, several rounds of dialogs
  await openSampleTour(page);
  await openContacts(page);
  // A second tab of the browser build: the same database, the same tour.
  const other = await context.newPage();
  await other.goto('./');
  await openContacts(other);

  // Round 1: both open the form; the first tab saves; the second merges both texts by hand.
  const first = await editKiss(page);
  const second = await editKiss(other);
  await first.getByLabel('Notes').fill('Prefers meetings in the morning');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first).toBeHidden();

  await second.getByLabel('Notes').fill('Speaks Russian');
  await second.getByRole('button', { name: 'Save' }).click();
  const conflict = other.getByRole('dialog', { name: 'Changed meanwhile' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('cell', { name: 'Speaks Russian' })).toBeVisible();
  await expect(conflict.getByRole('cell', { name: 'Prefers meetings in the morning' })).toBeVisible();
  await conflict.getByRole('button', { name: 'Merge by hand' }).click();
  await conflict
    .getByRole('textbox', { name: 'Notes: merged text' })
    .fill('Prefers meetings in the morning. Speaks Russian.');
  await conflict.getByRole('button', { name: 'Save the merged text' }).click();
  await expect(conflict).toBeHidden();
  await expect(second).toBeHidden();
  // Both tabs show the merged text (the first one refreshed by its live query).
  for (const tab of [page, other]) {
    const details = await notesOfKiss(tab);
    await expect(details.getByText('Prefers meetings in the morning. Speaks Russian.')).toBeVisible();
    await details.getByRole('button', { name: 'Close' }).last().click();
  }

  // Round 2: the same race; this time the second tab keeps the version saved meanwhile.
  const again = await editKiss(other);
  const firstAgain = await editKiss(page);
  await firstAgain.getByLabel('Notes').fill('Retired in 2011');
  await firstAgain.getByRole('button', { name: 'Save' }).click();
  await expect(firstAgain).toBeHidden();
  await again.getByLabel('Notes').fill('A stale note');
  await again.getByRole('button', { name: 'Save' }).click();
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: 'Keep the saved version' }).click();
  await expect(conflict).toBeHidden();
  await expect(again).toBeHidden();
  for (const tab of [page, other]) {
    const details = await notesOfKiss(tab);
    await expect(details.getByText('Retired in 2011')).toBeVisible();
    await expect(details.getByText('A stale note')).toBeHidden();
    await details.getByRole('button', { name: 'Close' }).last().click();
  }
});
