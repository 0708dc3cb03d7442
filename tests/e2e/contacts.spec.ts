import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSampleTour, switchLanguage } from './helpers';

async function openContacts(page: Page) {
  await openSampleTour(page);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Contacts' })
    .click();
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
}

const contactsTable = (page: Page) => page.getByRole('table', { name: 'Contacts' });

async function chooseVcard(page: Page, name: string, text: string) {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'text/vcard',
    buffer: Buffer.from(text, 'utf8'),
  });
}

test('the sample tour shows its 12 contacts and 10 organisations, with the visits where they were met', async ({
  page,
}) => {
  test.slow(); // a long journey through several dialogs
  await openContacts(page);
  await expect(page.getByText('12 contacts')).toBeVisible();
  await expect(contactsTable(page).getByRole('row')).toHaveCount(13);
  const kissRow = contactsTable(page).getByRole('row', { name: /Dr Gábor Kiss/ });
  await expect(kissRow).toContainText('2 visits');
  // the Cyrillic form suggested by the transcription rules is shown under the name
  await expect(kissRow).toContainText('Габор Киш');

  await kissRow.getByRole('button', { name: 'Dr Gábor Kiss', exact: true }).click();
  const details = page.getByRole('dialog', { name: 'Dr Gábor Kiss' });
  const visits = details.getByRole('list', { name: 'Met during the programme' }).getByRole('listitem');
  await expect(visits).toHaveCount(2);
  await expect(visits.first()).toContainText('National Police Headquarters: police organisation');
  await expect(details.getByText('dr. Kiss Gábor')).toBeVisible(); // Hungarian order in Hungarian
  await details.getByRole('button', { name: 'Close' }).last().click();

  // the interpreter is met as host at the airport and as interpreter at the visits
  await contactsTable(page).getByRole('button', { name: 'Ágnes Molnár', exact: true }).click();
  const interpreter = page.getByRole('dialog', { name: 'Ágnes Molnár' });
  await expect(interpreter.getByRole('listitem')).toHaveCount(9);
  await expect(interpreter.getByText('(as interpreter)').first()).toBeVisible();
  await interpreter.getByRole('button', { name: 'Close' }).last().click();

  await page.getByRole('tab', { name: 'Organisations' }).click();
  await expect(page.getByText('10 organisations')).toBeVisible();
  const organisations = page.getByRole('table', { name: 'Organisations' });
  await expect(organisations.getByRole('row')).toHaveCount(11);
  // the original Hungarian name is kept beside the translated one
  await expect(organisations.getByText('Országos Rendőr-főkapitányság (ORFK)')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a saved contact's confirmation does not stay over the next new contact's Save button", async ({
  page,
}) => {
  // The laptop screen the delegates have: the dialog's Save button sits at the bottom right.
  await page.setViewportSize({ width: 1366, height: 768 });
  await openContacts(page);
  await page.getByRole('button', { name: 'Add contact' }).click();
  const form = page.getByRole('dialog', { name: 'New contact' });
  await form.getByLabel('Family name').fill('Tóth');
  await form.getByLabel('Given name').fill('Ilona');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Contact saved')).toBeVisible();

  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(form).toBeVisible();
  // Taken away as the dialog opens; it would otherwise stay its 4 s, over the Save button.
  await expect(page.getByText('Contact saved')).toBeHidden({ timeout: 2_000 });
  await form.getByRole('button', { name: 'Save' }).click({ trial: true });
});

test('Enter pressed twice in a new contact saves one contact', async ({ page }) => {
  await openContacts(page);
  await page.getByRole('button', { name: 'Add contact' }).click();
  const form = page.getByRole('dialog', { name: 'New contact' });
  await form.getByLabel('Family name').fill('Tóth');
  await form.getByLabel('Given name').fill('Ilona');
  // In a hurry: Enter, and Enter again before the dialog has closed.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();

  // A later save of the same contact is written after anything the two key presses began: once
  // it is shown, so would a second copy be.
  await contactsTable(page).getByRole('button', { name: 'Edit Ilona Tóth' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit contact' });
  await edit.getByRole('textbox', { name: 'E-mail addresses' }).fill('toth.ilona@example.hu');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(contactsTable(page).getByRole('row', { name: /Ilona Tóth/ })).toContainText(
    'toth.ilona@example.hu',
  );
  await expect(contactsTable(page).getByRole('row', { name: /Ilona Tóth/ })).toHaveCount(1);
  await expect(page.getByText('13 contacts')).toBeVisible();
});

test('add an organisation and a contact, correct the suggested Cyrillic name, find it without diacritics', async ({
  page,
}) => {
  test.slow(); // a long journey through several dialogs
  await openContacts(page);
  await page.getByRole('tab', { name: 'Organisations' }).click();
  await page.getByRole('button', { name: 'Add organisation' }).click();
  const orgDialog = page.getByRole('dialog', { name: 'New organisation' });
  await orgDialog.getByLabel('Name in Hungarian (original)').fill('Nemzeti Közszolgálati Egyetem');
  await orgDialog.getByLabel('Name in English').fill('National University of Public Service');
  await orgDialog.getByRole('textbox', { name: 'City' }).fill('Budapest');
  await orgDialog.getByRole('button', { name: 'Save' }).click();
  await expect(orgDialog).toBeHidden();
  await expect(page.getByText('11 organisations')).toBeVisible();

  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  await dialog.getByRole('textbox', { name: 'Family name', exact: true }).fill('Kiss');
  await dialog.getByRole('textbox', { name: 'Given name', exact: true }).fill('Zsófia');

  // the transcription rules suggest a Russian form; the translator corrects it
  const russian = dialog.getByRole('group', { name: 'Russian' });
  await expect(russian.getByText('Киш Жофия')).toBeVisible();
  await expect(russian.getByText('Suggested', { exact: true })).toBeVisible();
  await russian.getByRole('button', { name: 'Correct the Russian form' }).click();
  await russian.getByLabel('Family name (Russian)').fill('Киш');
  await russian.getByRole('button', { name: 'Done' }).click();
  await expect(russian.getByText('Киш Жофия')).toBeVisible();
  await expect(russian.getByText('Checked', { exact: true })).toBeVisible();
  const belarusian = dialog.getByRole('group', { name: 'Belarusian' });
  await belarusian.getByRole('button', { name: 'Accept the suggested Belarusian form' }).click();
  await expect(belarusian.getByText('Checked', { exact: true })).toBeVisible();

  await dialog.getByRole('combobox', { name: 'Organisation' }).click();
  await page.getByRole('option', { name: 'National University of Public Service' }).click();

  // bad input is named next to its field, and nothing is saved
  await dialog.getByRole('textbox', { name: 'E-mail addresses' }).fill('kiss.zsofia(at)example.hu');
  await dialog.getByRole('textbox', { name: 'Phones' }).fill('+36 1 432 90 00, call me');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('“kiss.zsofia(at)example.hu” is not a valid e-mail address')).toBeVisible();
  await expect(dialog.getByText('“call me” is not a valid phone number')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'E-mail addresses' }).fill('kiss.zsofia@example.hu');
  await dialog.getByRole('textbox', { name: 'Phones' }).fill('+36 1 432 90 00');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('13 contacts')).toBeVisible();

  // typed without diacritics and in another case
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('ZSOFIA kiss');
  await expect(contactsTable(page).getByRole('row')).toHaveCount(2);
  const row = contactsTable(page).getByRole('row', { name: /Zsófia Kiss/ });
  await expect(row).toContainText('Жофия Киш'); // the corrected form, not the suggestion
  await expect(row).toContainText('National University of Public Service');
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Szoke');
  await expect(contactsTable(page).getByRole('row', { name: /Ödön Szőke/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('сёке');
  await expect(contactsTable(page).getByRole('row', { name: /Ödön Szőke/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('');

  // filter by role
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Interpreter' }).click();
  await expect(contactsTable(page).getByRole('row')).toHaveCount(2);
  await expect(contactsTable(page)).toContainText('Ágnes Molnár');
});

test('export all contacts as a vCard 4.0 file', async ({ page }) => {
  await openContacts(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all as vCard' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('contacts.vcf');
  const text = await readFile(await download.path(), 'utf8');
  expect(text.match(/BEGIN:VCARD/g)).toHaveLength(12);
  expect(text).toContain('VERSION:4.0');
  expect(text).toContain('N:Szőke;Ödön;;;');
  expect(text).toContain('FN;ALTID=fn;LANGUAGE=ru:Эдён Сёке');
  expect(text).toContain('EMAIL:nagy.zsuzsanna@example.hu');
});

test('import a vCard with two contacts, one a duplicate: one is added', async ({ page }) => {
  await openContacts(page);
  await page.getByRole('button', { name: 'Import vCard' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import vCard' });

  // a file that is not a vCard is refused with a message naming the problem
  await chooseVcard(page, 'contacts.csv', 'Name,E-mail\nKovács Noémi,kovacs.noemi@example.hu\n');
  await expect(dialog.getByRole('alert')).toContainText('This is not a vCard file');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();

  const file = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'N:Nagy;Zsuzsanna;;;',
    'FN:Nagy Zsuzsanna',
    'EMAIL;TYPE=INTERNET:nagy.zsuzsanna@example.hu',
    'TEL;TYPE=CELL:+36 30 555 0199',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    'N:Kovács;Noémi;;;',
    'FN:Kovács Noémi',
    'ORG:BRFK V. kerületi Rendőrkapitányság',
    'TITLE:kommunikációs referens',
    'EMAIL;TYPE=INTERNET:kovacs.noemi@example.hu',
    'END:VCARD',
    '',
  ].join('\r\n');
  await chooseVcard(page, 'phone-export.vcf', file);
  const preview = dialog.getByRole('table', { name: 'Contacts in the file' });
  await expect(preview.getByRole('row')).toHaveCount(3);
  await expect(preview.getByRole('row', { name: /Nagy/ })).toContainText('Same e-mail as Zsuzsanna Nagy');
  await expect(preview.getByRole('combobox', { name: 'Action for Zsuzsanna Nagy' })).toHaveValue('skip');
  await expect(preview.getByRole('row', { name: /Noémi/ })).toContainText('New');
  await expect(page.getByText('12 contacts')).toBeVisible(); // nothing written yet

  await dialog.getByRole('button', { name: 'Import 1 contact' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Import finished: 1 added, 0 merged, 1 skipped.')).toBeVisible();
  await expect(page.getByText('13 contacts')).toBeVisible();
  const row = contactsTable(page).getByRole('row', { name: /Noémi Kovács/ });
  await expect(row).toContainText('Budapest Police, District V Police Station');
  await expect(row).toContainText('Ноэми Ковач');
});

test('names are written the way each interface language writes them', async ({ page }) => {
  test.slow(); // a long journey through several dialogs
  await openContacts(page);
  await switchLanguage(page, 'Русский');
  await expect(page.getByRole('heading', { name: 'Контакты', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Контакты' });
  await expect(table.getByRole('button', { name: 'д-р Габор Киш', exact: true })).toBeVisible();
  await expect(table.getByRole('button', { name: 'Эдён Сёке', exact: true })).toBeVisible();
  await switchLanguage(page, 'Беларуская');
  await expect(
    page.getByRole('table', { name: 'Кантакты' }).getByRole('button', { name: 'Жужанна Надзь', exact: true }),
  ).toBeVisible();
  await switchLanguage(page, 'Magyar');
  await expect(
    page
      .getByRole('table', { name: 'Kapcsolatok' })
      .getByRole('button', { name: 'dr. Kiss Gábor', exact: true }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
