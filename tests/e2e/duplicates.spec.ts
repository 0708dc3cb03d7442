import { expect as baseExpect, test, type Page } from '@playwright/test';
import { openSampleTour } from './helpers';

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
