import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoSeriousA11yViolations, openSampleTour, switchLanguage } from './helpers';

test('exports the report in Belarusian while the interface is in Hungarian', async ({ page }) => {
  test.setTimeout(120_000);
  await openSampleTour(page);
  await switchLanguage(page, 'Magyar');
  await page
    .getByRole('navigation', { name: 'Fő navigáció' })
    .getByRole('link', { name: 'Dokumentumok' })
    .click();
  await expect(page.getByRole('heading', { name: 'Dokumentumok', level: 1 })).toBeVisible();

  await page.getByRole('combobox', { name: 'A dokumentum nyelve' }).click();
  await page.getByRole('option', { name: /^Беларуская/ }).click();
  // The preset follows the document language: Belarusian records practice.
  await expect(page.getByRole('combobox', { name: 'Formázás' })).toHaveValue('Belarusz — STB 6.38-2016');
  // What has no Belarusian version is listed, in the interface language, before the export.
  await expect(page.getByText(/A dokumentum nyelvén hiányzó szövegek: \d+/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Más nyelvből átvett szövegek', exact: true })).toContainText(
    'Megállapítás',
  );
  await expectNoSeriousA11yViolations(page);

  // Texts taken from Russian: a final export asks first.
  await page.getByRole('button', { name: 'Exportálás .docx-be' }).click();
  const confirm = page.getByRole('dialog', { name: 'Végleges dokumentumként exportálja?' });
  await expect(confirm).toContainText('nincs meg ezen a nyelven: belarusz');
  const pending = page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Exportálás véglegesként' }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toBe('Справаздача аб азнаямленчай паездцы, Венгрыя, 2010-09.docx');
  const bytes = await readFile((await download.path())!);
  await expect(page.getByText('A dokumentum elmentve.')).toBeVisible();

  // The document language is one choice, remembered: the overview checks readiness for it too.
  await page
    .getByRole('navigation', { name: 'Fő navigáció' })
    .getByRole('link', { name: 'Áttekintés' })
    .click();
  await expect(page.getByRole('combobox', { name: 'A dokumentum nyelve' })).toHaveValue('be');

  const files = unzipSync(new Uint8Array(bytes));
  const documentXml = strFromU8(files['word/document.xml']!);
  const text = [...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
  // Fixed words and names in Belarusian; the interface's Hungarian nowhere.
  expect(text).toContain('СПРАВАЗДАЧА');
  expect(text).toContain('Склад дэлегацыі');
  expect(text).toContain('Ключавое пытанне 1');
  expect(text).toContain('Кіш Габар');
  expect(text).not.toContain('Kiss Gábor');
  expect(text).not.toMatch(/Dokumentumok|Exportálás|Megállapítás/);
  // STB 6.38-2016 page: A4, margins 30/10/20/20 mm.
  expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(documentXml).toMatch(/<w:pgMar w:top="1134" w:right="567" w:bottom="1134" w:left="1701"/);
  // Seven recommendation rows after a header row that repeats on every page.
  expect(documentXml).toContain('<w:tblHeader/>');
  const styles = strFromU8(files['word/styles.xml']!);
  expect(styles).toMatch(/w:styleId="Heading1".*?<w:outlineLvl w:val="0"\/>/s);
});

test('says whether the document is fit to send, links to exactly the missing texts, and exports a marked draft', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openSampleTour(page);
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await navigation.getByRole('link', { name: 'Documents' }).click();
  await expect(page.getByRole('heading', { name: 'Documents', level: 1 })).toBeVisible();
  const documentLanguage = page.getByRole('combobox', { name: 'Document language' });

  // Russian: everything is there.
  await documentLanguage.click();
  await page.getByRole('option', { name: /^Русский/ }).click();
  await expect(page.getByRole('heading', { name: 'Ready to send' })).toBeVisible();

  // Belarusian: texts come from Russian, counted by section.
  await documentLanguage.click();
  await page.getByRole('option', { name: /^Беларуская/ }).click();
  await expect(
    page.getByRole('heading', { name: /^Not ready to send: \d+ texts are taken from another language$/ }),
  ).toBeVisible();
  const sections = page.getByRole('list', { name: 'Texts taken from another language, by section' });
  const findings = sections.getByRole('link', { name: /^Findings: \d+ texts$/ });
  const count = Number(/(\d+) texts/.exec((await findings.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);

  // The link opens the Translation screen on exactly those texts, into Belarusian.
  await findings.click();
  await expect(page.getByRole('heading', { name: 'Translation', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Texts from the Documents screen' })).toContainText(
    `Only the ${count} texts the Documents screen listed are shown.`,
  );
  await expect(page.getByText(`${count} texts shown`)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Translate into' })).toHaveValue('be');
  await page.getByRole('button', { name: 'Show all texts' }).click();
  await expect(page.getByText(`${count} texts shown`)).toBeHidden();

  // A draft: marked as such in its name and on every page, the Russian texts highlighted.
  await navigation.getByRole('link', { name: 'Documents' }).click();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a draft' }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toBe(
    'Справаздача аб азнаямленчай паездцы, Венгрыя, 2010-09, ПРАЕКТ.docx',
  );
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const headers = Object.keys(files).filter((name) => /^word\/header\d*\.xml$/.test(name));
  expect(headers.length).toBeGreaterThanOrEqual(2);
  for (const name of headers) expect(strFromU8(files[name]!)).toContain('ПРАЕКТ');
  expect(strFromU8(files['word/document.xml']!)).toContain('<w:highlight w:val="yellow"/>');

  // A final export of it asks first; cancelling saves nothing.
  await page.getByRole('button', { name: 'Export .docx' }).click();
  const confirm = page.getByRole('dialog', { name: 'Export as a final document?' });
  await expect(confirm).toContainText('texts of this document are not in Belarusian');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
});

test('exports the requisites as typed, without a separate save, and keeps them', async ({ page }) => {
  test.setTimeout(180_000);
  await openSampleTour(page);
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await navigation.getByRole('link', { name: 'Documents' }).click();
  await expect(page.getByRole('heading', { name: 'Documents', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Document language' }).click();
  await page.getByRole('option', { name: /^Русский/ }).click();

  // A hurried delegate fills the requisites in and exports at once: no "Save requisites".
  const requisites = page.getByRole('region', { name: 'Document requisites' });
  await requisites.getByRole('textbox', { name: 'Registration number' }).fill('12/345-дсп');
  await requisites.getByRole('switch', { name: /^Approval block/ }).check();
  await requisites
    .getByRole('textbox', { name: 'Position of the approving official' })
    .fill('Министр внутренних дел');
  await requisites
    .getByRole('textbox', { name: /^Initials and surname of the approving official/ })
    .fill('И.И. Иванов');
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .docx' }).click();
  // Saved first, and told as a save is (the note closes itself while the document is written).
  await expect(page.getByText('The requisites have been saved.')).toBeVisible();
  const download = await pending;
  const xml = strFromU8(
    unzipSync(new Uint8Array(await readFile((await download.path())!)))['word/document.xml']!,
  );
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
  expect(text).toContain('12/345-дсп');
  expect(text).toContain('УТВЕРЖДАЮ');
  expect(text).toContain('Министр внутренних дел');
  expect(text).toContain('И.И. Иванов');

  // Saving again changes nothing and asks nothing.
  await requisites.getByRole('button', { name: 'Save requisites' }).click();
  await requisites.getByRole('button', { name: 'Save requisites' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.reload();
  const reloaded = page.getByRole('region', { name: 'Document requisites' });
  await expect(reloaded.getByRole('textbox', { name: 'Registration number' })).toHaveValue('12/345-дсп');
  await expect(reloaded.getByRole('textbox', { name: 'Position of the approving official' })).toHaveValue(
    'Министр внутренних дел',
  );
});
