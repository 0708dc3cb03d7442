import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { chooseFileWithButton, openSampleTour } from './helpers';

// The machines running these are shared and often overloaded: wait longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

async function missingInto(page: Page, language: string): Promise<number> {
  const text = await page.getByRole('group', { name: language }).innerText();
  const match = /(\d+) texts? not yet translated/.exec(text);
  if (!match) throw new Error(`No count in ${text}`);
  return Number(match[1]);
}

/** What a CAT tool hands back: every untranslated unit with a target ("EN: " and the source). */
function translatedByTool(xliff: string): string {
  return xliff.replace(
    /<segment state="initial">(\s*)<source>([\s\S]*?)<\/source>/g,
    (_match, space: string, source: string) =>
      `<segment state="translated">${space}<source>${source}</source>${space}<target>EN: ${source}</target>`,
  );
}

test('texts go out to a translation tool as XLIFF and come back with a preview', async ({ page }) => {
  await openSampleTour(page);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Translation' })
    .click();
  await expect(page.getByRole('heading', { name: 'Translation', level: 1 })).toBeVisible();
  const missingBefore = await missingInto(page, 'English');
  expect(missingBefore).toBeGreaterThan(0);

  // Export the findings not yet in English.
  await page.getByRole('button', { name: 'Export XLIFF' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export texts for translation tools (XLIFF 2.0)' });
  await exportDialog.getByLabel('Target language').selectOption('en');
  await exportDialog.getByLabel('Texts').selectOption({ label: 'Only those not yet in English' });
  await exportDialog.getByLabel('Kind of record').selectOption({ label: 'Findings' });
  await expect(exportDialog.getByRole('status')).toContainText(/\d+ texts? go(es)? into the file/);
  const units = Number(/(\d+) text/.exec(await exportDialog.getByRole('status').innerText())![1]);
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Save XLIFF file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/ru-en\.xlf$/);
  const xliff = await readFile(await file.path(), 'utf8');
  expect(xliff).toContain('version="2.0" srcLang="ru" trgLang="en"');
  expect(xliff.match(/<unit /g)).toHaveLength(units);
  await expect(exportDialog).toBeHidden();

  // A file that is not XLIFF is refused with the reason, in the interface's language.
  await page.getByRole('button', { name: 'Import XLIFF' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import translations from an XLIFF file' });
  await chooseFileWithButton(page, 'Translated XLIFF file', {
    name: 'notes.xlf',
    mimeType: 'application/xml',
    buffer: Buffer.from('<notes><note>not a translation</note></notes>'),
  });
  await expect(importDialog.getByRole('alert')).toContainText('The file is not an XLIFF 2.0 file');
  await expect(importDialog.getByRole('button', { name: /^Import \d+ translations?$/ })).toBeDisabled();

  // The translated file: the preview counts the new translations; importing writes them.
  await chooseFileWithButton(page, 'Translated XLIFF file', {
    name: 'translated.xlf',
    mimeType: 'application/xliff+xml',
    buffer: Buffer.from(translatedByTool(xliff)),
  });
  const preview = importDialog.getByRole('region', { name: 'What the import will do' });
  await expect(preview).toContainText('Translation Русский → English');
  await expect(preview.getByRole('row', { name: /New translations/ })).toContainText(String(units));
  await expect(preview.getByRole('row', { name: /Conflicts/ })).toContainText('0');
  await expect(importDialog.getByRole('alert')).toBeHidden();
  await importDialog
    .getByRole('button', { name: `Import ${units} translation${units === 1 ? '' : 's'}` })
    .click();
  await expect(importDialog).toBeHidden();
  await expect(page.getByText(`${units} translation${units === 1 ? '' : 's'} imported.`)).toBeVisible();
  await expect.poll(() => missingInto(page, 'English')).toBe(missingBefore - units);

  // The translations are there, beside their source.
  await page.getByRole('combobox', { name: 'Translations' }).selectOption('all');
  const firstSource = /<source>([^<]{1,40})/.exec(xliff)![1]!;
  await page.getByRole('searchbox', { name: 'Find a text' }).fill(firstSource.slice(0, 30));
  await expect(page.getByRole('textbox', { name: 'Translation into English' }).first()).toHaveValue(
    new RegExp(`^EN: `),
  );
});
