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
  await expect(page.getByRole('list', { name: 'Más nyelvből átvett szövegek' })).toContainText(
    'Megállapítás',
  );
  await expectNoSeriousA11yViolations(page);

  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportálás .docx-be' }).click();
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
