import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSampleTour } from './helpers';

// The machines running these are shared and often overloaded: wait longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

async function openContacts(page: Page) {
  await openSampleTour(page);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Contacts', exact: true })
    .click();
  await expect(page.getByText('12 contacts')).toBeVisible();
}

test('a contact typed in again is pointed out, held at Save, and can be opened instead', async ({ page }) => {
  await openContacts(page);
  await page.getByRole('button', { name: 'Add contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  // Another case, no diacritics, the words the other way round: still Dr Gábor Kiss.
  await dialog.getByRole('textbox', { name: 'Family name', exact: true }).fill('KISS');
  await dialog.getByRole('textbox', { name: 'Given name', exact: true }).fill('gabor');
  const warning = dialog.getByRole('alert').filter({ hasText: 'A contact with this name is already listed' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Dr Gábor Kiss');

  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(warning).toContainText('Not saved yet. Is this really someone else?');
  await expect(warning).toBeFocused();
  await expect(page.getByText('12 contacts')).toBeVisible();

  await warning.getByRole('button', { name: /^Open Dr Gábor Kiss/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Dr Gábor Kiss' })).toBeVisible();
  await page
    .getByRole('dialog', { name: 'Dr Gábor Kiss' })
    .getByRole('button', { name: 'Close' })
    .last()
    .click();
  await expect(page.getByText('12 contacts')).toBeVisible();

  // Someone else after all: "Save anyway" saves it.
  await page.getByRole('button', { name: 'Add contact' }).click();
  const again = page.getByRole('dialog', { name: 'New contact' });
  await expect(again.getByRole('textbox', { name: 'Family name', exact: true })).toHaveValue('');
  await again.getByRole('textbox', { name: 'Family name', exact: true }).fill('Kiss');
  await again.getByRole('textbox', { name: 'Given name', exact: true }).fill('Gábor');
  await again.getByRole('button', { name: 'Save', exact: true }).click();
  await again.getByRole('button', { name: 'Save anyway' }).click();
  await expect(again).toBeHidden();
  await expect(page.getByText('13 contacts')).toBeVisible();
});

test('two contacts of the same person merge into one, with the visits of both', async ({ page }) => {
  await openContacts(page);
  // The same person entered a second time, with a phone the first entry lacks.
  await page.getByRole('button', { name: 'Add contact' }).click();
  const form = page.getByRole('dialog', { name: 'New contact' });
  await form.getByRole('textbox', { name: 'Family name', exact: true }).fill('Kiss');
  await form.getByRole('textbox', { name: 'Given name', exact: true }).fill('Gábor');
  await form.getByRole('textbox', { name: /^Phones/ }).fill('+36 1 555 1234');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await form.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByText('13 contacts')).toBeVisible();

  const table = page.getByRole('table', { name: 'Contacts' });
  await table.getByRole('button', { name: 'Gábor Kiss', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Gábor Kiss' })
    .getByRole('button', { name: 'Merge with a duplicate' })
    .click();
  const merge = page.getByRole('dialog', { name: 'Merge two contacts' });
  // The likely duplicate is proposed; the contact the merge started from is kept unless changed.
  await expect(merge.getByRole('combobox', { name: 'The same person' })).toHaveValue(/^Dr Gábor Kiss/);
  await expect(merge.getByRole('radio', { name: 'Gábor Kiss', exact: true })).toBeChecked();
  await expect(merge).toContainText('Used in 2 visits');
  await expectNoSeriousA11yViolations(page);
  await merge.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(merge).toBeHidden();

  await expect(page.getByText('12 contacts')).toBeVisible();
  // One Kiss: the prefix of the other entry, the new phone, and both entries' visits.
  const row = table.getByRole('row', { name: /Gábor Kiss/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Dr Gábor Kiss');
  await expect(row).toContainText('+36 1 555 1234');
  await expect(row).toContainText('2 visits');
});
