import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSampleTour } from './helpers';
import { makePng } from './pictures';
import { showNumberedList } from './recommendationViews';

const sample = JSON.parse(
  readFileSync(new URL('../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url), 'utf8'),
) as {
  themes: { id: string; title: { en: string } }[];
  events: { id: string; start: string; title: { en: string } }[];
  findings: { id: string; themeId: string; eventId?: string; title: { en?: string; ru: string } }[];
  materials: { id: string; eventId?: string; title: { en?: string; ru?: string; hu?: string } }[];
};

// The machines running these are shared and often overloaded: wait longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

// ------------------------------------------------------------ helpers

const KEY_POINT_3 = `3. ${sample.themes[2]!.title.en}`;
const DISTRICT_V = sample.events.find((event) => event.id === 'e4')!;
/** A visit as the English interface names it in lists: its day, then the title. */
function visitLabel(event: { start: string; title: { en?: string } }): string {
  return `${event.start.slice(0, 10)} · ${event.title.en}`;
}
const DISTRICT_V_LABEL = visitLabel(DISTRICT_V);

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();
}

async function missingInto(page: Page, language: string): Promise<number> {
  const text = await page.getByRole('group', { name: language }).innerText();
  const match = /(\d+) texts? not yet translated/.exec(text);
  if (!match) throw new Error(`No count in ${text}`);
  return Number(match[1]);
}

/** The natural size of the image shown in the photo viewer, once it has loaded. */
async function shownImageSize(viewer: Locator, name: string): Promise<{ width: number; height: number }> {
  const image = viewer.getByRole('img', { name });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  return image.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
}

// ------------------------------------------------------------ tests

// Axe and image work on a loaded machine need more than the default test time.
test.describe.configure({ timeout: 300_000 });

test('a finding with a photo and a source, translated side by side, proposed as a recommendation, survives a reload', async ({
  page,
}) => {
  const titleRu = 'Приёмная для граждан открыта круглосуточно';
  const titleEn = 'The public reception room is open around the clock';
  await openSampleTour(page);
  await openScreen(page, 'Findings');
  const keyPoint3 = page.getByRole('region', { name: KEY_POINT_3 });
  await expect(keyPoint3.getByRole('article')).toHaveCount(3);

  await page.getByRole('button', { name: 'New finding' }).click();
  const form = page.getByRole('dialog', { name: 'New finding' });
  await form.getByLabel('Language of the texts').selectOption('ru');
  await form.getByLabel('Key point').selectOption({ label: KEY_POINT_3 });
  await form.getByLabel('Title').fill(titleRu);
  await form
    .getByLabel('Text', { exact: true })
    .fill('Первый абзац.\n\n- дежурный у входа\n- отдельный вход');
  await form.getByLabel('Kind').selectOption({ label: 'Good practice' });
  await form.getByLabel('Visit').selectOption({ label: DISTRICT_V_LABEL });
  await form.getByRole('combobox', { name: 'Sources (people met)' }).click();
  await form.getByRole('combobox', { name: 'Sources (people met)' }).fill('Szőke');
  // The English interface writes a Hungarian name given name first, as on every screen of it.
  await page.getByRole('option', { name: 'Ödön Szőke' }).click();
  await page.keyboard.press('Escape');
  await expect(form).toBeVisible();

  // A broken file is refused with a message; a real 3000×1500 PNG is taken and downscaled.
  let chooser = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: 'Add photos' }).click();
  await (
    await chooser
  ).setFiles({ name: 'broken.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('no pixels') });
  await expect(form.getByRole('alert')).toContainText('“broken.jpg” could not be read as an image');
  chooser = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: 'Add photos' }).click();
  await (
    await chooser
  ).setFiles({ name: 'reception.png', mimeType: 'image/png', buffer: makePng(3000, 1500) });
  await form.getByLabel('Caption of reception.jpg').fill('Приёмная');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  const created = keyPoint3.getByRole('article', { name: titleRu });
  await expect(keyPoint3.getByRole('article')).toHaveCount(4);
  await expect(created).toContainText('Ödön Szőke');
  // One date on the card, written as the interface writes dates: the visit's day, then its title.
  await expect(created).toContainText(`21 Sept 2010 · ${DISTRICT_V.title.en}`);
  await expect(created).not.toContainText('2010-09-21');
  await expect(created.getByRole('listitem')).toHaveText(['дежурный у входа', 'отдельный вход']);
  await created.getByRole('button', { name: 'Open photo Приёмная' }).click();
  const viewer = page.getByRole('dialog', { name: 'Photo 1 of 1' });
  expect(await shownImageSize(viewer, 'Приёмная')).toEqual({ width: 2000, height: 1000 });
  await page.keyboard.press('Escape');

  // Side-by-side translation: the English backlog shrinks by one.
  await openScreen(page, 'Translation');
  const before = await missingInto(page, 'English');
  await page.getByRole('searchbox', { name: 'Find a text' }).fill('приемная круглосуточно');
  const row = page.getByRole('article', { name: `Finding “${titleRu}” — title` });
  await expect(row).toContainText(titleRu);
  await row.getByLabel('Translation into English').fill(titleEn);
  await row.getByRole('button', { name: 'Save translation' }).click();
  await expect(row).toBeHidden();
  await expect.poll(() => missingInto(page, 'English')).toBe(before - 1);

  // Propose a recommendation from the finding: the link is filled in.
  await openScreen(page, 'Findings');
  await page.getByRole('button', { name: `Propose a recommendation from “${titleEn}”` }).click();
  const recForm = page.getByRole('dialog', { name: 'New recommendation' });
  await expect(recForm).toContainText(titleEn);
  await recForm
    .getByRole('textbox', { name: 'Recommendation', exact: true })
    .fill('Open reception rooms around the clock in district stations.');
  await recForm.getByRole('button', { name: 'Save' }).click();
  await expect(recForm).toBeHidden();
  const eighth = page.getByRole('listitem', { name: 'Recommendation 8' });
  await expect(eighth).toContainText('Open reception rooms around the clock');
  await expect(eighth).toContainText(titleEn);

  // Reload: everything is still there, photo included.
  await page.reload();
  await expect(page.getByRole('listitem', { name: 'Recommendation 8' })).toContainText(titleEn);
  await openScreen(page, 'Findings');
  const reloaded = page.getByRole('region', { name: KEY_POINT_3 }).getByRole('article', { name: titleEn });
  await expect(reloaded).toContainText('Ödön Szőke');
  await reloaded.getByRole('button', { name: 'Open photo Приёмная' }).click();
  expect(await shownImageSize(page.getByRole('dialog', { name: 'Photo 1 of 1' }), 'Приёмная')).toEqual({
    width: 2000,
    height: 1000,
  });
});

test("the sample tour's 16 findings, 7 recommendations and 5 materials show under the right key points and visits", async ({
  page,
}) => {
  await openSampleTour(page);
  await openScreen(page, 'Findings');
  for (const [index, theme] of sample.themes.entries()) {
    const section = page.getByRole('region', { name: `${index + 1}. ${theme.title.en}` });
    const expected = sample.findings.filter((finding) => finding.themeId === theme.id);
    await expect(section.getByRole('article')).toHaveCount(expected.length);
    for (const finding of expected.filter((f) => f.title.en)) {
      await expect(section.getByRole('article', { name: finding.title.en })).toBeVisible();
    }
  }
  await expect(page.getByRole('article')).toHaveCount(16);
  await expectNoSeriousA11yViolations(page);

  // The segmented control's radio inputs are visually hidden; a user clicks the label.
  await page
    .getByRole('radiogroup', { name: 'Group findings' })
    .getByText('By visit', { exact: true })
    .click();
  await expect(page.getByRole('radio', { name: 'By visit' })).toBeChecked();
  for (const event of sample.events) {
    const expected = sample.findings.filter((finding) => finding.eventId === event.id);
    const section = page.getByRole('region', { name: visitLabel(event) });
    if (expected.length === 0) await expect(section).toHaveCount(0);
    else await expect(section.getByRole('article')).toHaveCount(expected.length);
  }

  await openScreen(page, 'Recommendations');
  await showNumberedList(page);
  await expect(
    page
      .getByRole('list', { name: 'Recommendations', exact: true })
      .getByRole('listitem', { name: /^Recommendation \d$/ }),
  ).toHaveCount(7);

  await openScreen(page, 'Materials');
  const rows = page.getByRole('row');
  await expect(rows).toHaveCount(6); // header + 5
  for (const material of sample.materials) {
    const event = sample.events.find((candidate) => candidate.id === material.eventId)!;
    const title = material.title.en ?? material.title.ru ?? material.title.hu!;
    await expect(
      page.getByRole('row', { name: new RegExp(title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }),
    ).toContainText(visitLabel(event));
  }
});

test('deleting a finding used by a recommendation asks first and unlinks it', async ({ page }) => {
  const f1 = sample.findings[0]!;
  await openSampleTour(page);
  await openScreen(page, 'Findings');
  await page.getByRole('button', { name: `Delete “${f1.title.en}”` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this finding?' });
  await expect(dialog).toContainText('It will be removed from 1 recommendation based on it');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('article', { name: f1.title.en })).toHaveCount(0);
  await openScreen(page, 'Recommendations');
  await showNumberedList(page);
  await expect(page.getByRole('listitem', { name: 'Recommendation 1' })).toBeVisible();
  await expect(page.getByText(f1.title.en!)).toHaveCount(0);
});

test('recommendations are re-ordered with the arrows and keep their new numbers', async ({ page }) => {
  await openSampleTour(page);
  await openScreen(page, 'Recommendations');
  await showNumberedList(page);
  const second = await page.getByRole('listitem', { name: 'Recommendation 2' }).innerText();
  await page.getByRole('button', { name: 'Move recommendation 2 up' }).click();
  await expect(page.getByRole('listitem', { name: 'Recommendation 1' })).toContainText(
    second.split('\n')[1]!.slice(0, 40),
  );
  await page.reload();
  await showNumberedList(page);
  await expect(page.getByRole('listitem', { name: 'Recommendation 1' })).toContainText(
    second.split('\n')[1]!.slice(0, 40),
  );
});

test('photos can be dropped; an oversized file and a non-image get a clear message and are left out', async ({
  page,
}) => {
  await openSampleTour(page);
  await openScreen(page, 'Findings');
  await page.getByRole('button', { name: 'New finding' }).click();
  const form = page.getByRole('dialog', { name: 'New finding' });
  const png = makePng(1200, 1600).toString('base64');
  const dataTransfer = await page.evaluateHandle((pngBase64) => {
    const transfer = new DataTransfer();
    const bytes = Uint8Array.from(atob(pngBase64), (char) => char.charCodeAt(0));
    transfer.items.add(new File([bytes], 'corridor.png', { type: 'image/png' }));
    transfer.items.add(new File([new Uint8Array(26 * 1024 * 1024)], 'huge.jpg', { type: 'image/jpeg' }));
    transfer.items.add(new File(['minutes of the meeting'], 'notes.txt', { type: 'text/plain' }));
    return transfer;
  }, png);
  await form
    .getByText('Drop photos here or choose files.', { exact: false })
    .dispatchEvent('drop', { dataTransfer });

  await expect(form.getByRole('alert').filter({ hasText: '“huge.jpg” is larger than 25 MB' })).toBeVisible();
  await expect(form.getByRole('alert').filter({ hasText: '“notes.txt” is not a photo' })).toBeVisible();
  await expect(form.getByLabel('Caption of corridor.jpg')).toBeVisible();
  await expect(form.getByLabel(/Caption of (huge|notes)/)).toHaveCount(0);

  // Nothing is saved without a title: the message is next to the field, and no finding appears.
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Please fill in this field.')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('article')).toHaveCount(16);
});

test('a material keeps its attached file, which can be saved again; translation and materials screens are accessible', async ({
  page,
}) => {
  const m4 = sample.materials.find((material) => material.id === 'm4')!;
  const title = m4.title.en!;
  const bytes = Buffer.from('%PDF-1.4\n% slides of the District V station\n');
  await openSampleTour(page);
  await openScreen(page, 'Materials');
  await page.getByRole('button', { name: `Edit “${title}”` }).click();
  const form = page.getByRole('dialog', { name: 'Edit material' });
  const chooser = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: 'Attach a file' }).click();
  await (
    await chooser
  ).setFiles({ name: 'district-v-slides.pdf', mimeType: 'application/pdf', buffer: bytes });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  await page.reload();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the file district-v-slides.pdf' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('district-v-slides.pdf');
  expect(readFileSync(await saved.path())).toEqual(bytes);
  await expectNoSeriousA11yViolations(page);

  await openScreen(page, 'Translation');
  await expect(page.getByRole('group', { name: 'English' })).toContainText('not yet translated');
  await expectNoSeriousA11yViolations(page);
});

test('key points can be renamed, moved and added; findings follow their key point', async ({ page }) => {
  await openSampleTour(page);
  await openScreen(page, 'Findings');
  await page.getByRole('button', { name: 'Key points' }).click();
  const dialog = page.getByRole('dialog', { name: 'Key points of the study tour' });
  await dialog
    .getByRole('textbox', { name: 'Key point 3' })
    .fill('Police station premises and reception rooms');
  await dialog.getByRole('button', { name: 'Save' }).nth(2).click();
  await dialog.getByRole('button', { name: 'Move key point 3 up' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Key point 2' })).toHaveValue(
    'Police station premises and reception rooms',
  );
  await dialog.getByRole('textbox', { name: 'New key point' }).fill('Work with young people');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Key point 6' })).toHaveValue('Work with young people');
  // Added in English only: its missing translations are shown.
  await expect(dialog).toContainText('missing: RU, BE, HU');
  await page.keyboard.press('Escape');

  const moved = page.getByRole('region', { name: '2. Police station premises and reception rooms' });
  await expect(moved.getByRole('article')).toHaveCount(3);
  await expect(page.getByRole('region', { name: '6. Work with young people' })).toContainText(
    'No findings yet.',
  );
});
