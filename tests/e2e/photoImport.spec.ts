import { expect as baseExpect, test, type Page } from '@playwright/test';
import { withExif, type ExifTimes } from '../unit/photoTrays/exifJpeg';
import { expectNoSeriousA11yViolations, openSampleTour } from './helpers';

// The machines running these are shared and often overloaded: wait longer than the default.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 300_000 });

/** A real JPEG, encoded by the browser itself (no binary fixtures in the repository). */
async function browserJpeg(page: Page, width: number, height: number): Promise<Uint8Array> {
  const base64 = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w!, h!);
      const context = canvas.getContext('2d')!;
      const gradient = context.createLinearGradient(0, 0, w!, h!);
      gradient.addColorStop(0, '#1d4ed8');
      gradient.addColorStop(1, '#f59e0b');
      context.fillStyle = gradient;
      context.fillRect(0, 0, w!, h!);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    },
    [width, height],
  );
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

function photo(jpeg: Uint8Array, name: string, times: ExifTimes) {
  return { name, mimeType: 'image/jpeg', buffer: Buffer.from(withExif(jpeg, times)) };
}

const HQ = /National Police Headquarters: police organisation and community strategy/;
const MINISTRY = /Ministry of Interior: national strategy for social crime prevention/;

test('photos from a phone land in the trays of the visits during which they were taken; a finding is made from one', async ({
  page,
}) => {
  await openSampleTour(page);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Findings' })
    .click();
  await page.getByRole('link', { name: 'Photos from the visits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Photos from the visits' })).toBeVisible();
  await expect(page.getByText('No photos are waiting.')).toBeVisible();

  // The phone's clock: Budapest time, no offset written. The laptop is in Minsk (playwright.config).
  const jpeg = await browserJpeg(page, 640, 480);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose photos' }).click();
  await (
    await chooser
  ).setFiles([
    photo(jpeg, 'hall.jpg', { dateTimeOriginal: '2010:09:20 10:15:00' }),
    photo(jpeg, 'desk.jpg', { dateTimeOriginal: '2010:09:20 12:20:00' }),
    photo(jpeg, 'minister.jpg', { dateTimeOriginal: '2010:09:20 15:05:00' }),
    photo(jpeg, 'dinner.jpg', { dateTimeOriginal: '2010:09:20 21:30:00' }),
    photo(jpeg, 'screenshot.jpg', {}),
  ]);

  const hq = page.getByRole('region', { name: HQ });
  const ministry = page.getByRole('region', { name: MINISTRY });
  const unsorted = page.getByRole('region', { name: 'Unsorted photos' });
  await expect(hq.getByRole('checkbox', { name: /^hall\.jpg · 20 Sept? 2010, 10:15$/ })).toBeVisible();
  await expect(hq.getByRole('checkbox', { name: /^desk\.jpg/ })).toBeVisible();
  await expect(hq.getByRole('button', { name: /^Open photo/ })).toHaveCount(2);
  await expect(
    ministry.getByRole('checkbox', { name: /^minister\.jpg · 20 Sept? 2010, 15:05$/ }),
  ).toBeVisible();
  await expect(ministry.getByRole('button', { name: /^Open photo/ })).toHaveCount(1);
  await expect(unsorted.getByRole('checkbox', { name: /^dinner\.jpg/ })).toBeVisible();
  await expect(unsorted.getByRole('checkbox', { name: 'screenshot.jpg' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^\d.*·/ })).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);

  // They are stored, not only shown: a restart finds them where they were.
  await page.reload();
  await expect(hq.getByRole('button', { name: /^Open photo/ })).toHaveCount(2);

  // A finding from one photo of the visit: the form comes filled in with the visit and its host.
  await hq.getByRole('checkbox', { name: /^hall\.jpg/ }).check();
  await hq.getByRole('button', { name: 'Make a finding from 1 photo' }).click();
  const form = page.getByRole('dialog', { name: 'New finding' });
  await expect(form.getByRole('combobox', { name: 'Visit' }).locator('option:checked')).toHaveText(HQ);
  await expect(form.getByText('At: National Police Headquarters')).toBeVisible();
  await expect(form.getByText('Gábor Kiss', { exact: false })).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Caption of hall.jpg' })).toBeVisible();
  await form.getByLabel('Key point').selectOption({ index: 1 });
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill('The reception hall is open to all');
  await form.getByRole('textbox', { name: 'Caption of hall.jpg' }).fill('The reception hall');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  // The photo left the tray for the finding; the other one waits.
  await expect(hq.getByRole('button', { name: /^Open photo/ })).toHaveCount(1);
  await expect(hq.getByRole('checkbox', { name: /^desk\.jpg/ })).toBeVisible();

  // The rest joins that finding from the tray.
  await hq.getByRole('checkbox', { name: /^desk\.jpg/ }).check();
  await hq
    .getByRole('combobox', { name: 'Existing finding' })
    .selectOption({ label: 'The reception hall is open to all' });
  await hq.getByRole('button', { name: 'Add 1 photo to the finding' }).click();
  await expect(hq).toBeHidden();

  await page.getByRole('link', { name: 'Back to the findings' }).click();
  const card = page.getByRole('article', { name: 'The reception hall is open to all' });
  await expect(card.getByRole('button', { name: /^Open photo/ })).toHaveCount(2);
});

test('a HEIC photo that cannot be opened is named with what to do; the other photos are imported', async ({
  page,
}) => {
  await openSampleTour(page);
  await page.goto('./#/findings/photos');
  const jpeg = await browserJpeg(page, 320, 240);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose photos' }).click();
  await (
    await chooser
  ).setFiles([
    {
      name: 'IMG_2040.HEIC',
      mimeType: 'image/heic',
      buffer: Buffer.from('....ftypheic....not really a photo'),
    },
    photo(jpeg, 'hall.jpg', { dateTimeOriginal: '2010:09:20 10:15:00' }),
  ]);
  // The notification that the sample opened may still be on screen: the photo's own alert is meant.
  await expect(page.getByRole('alert').filter({ hasText: 'IMG_2040.HEIC' })).toContainText(
    '“IMG_2040.HEIC” is an iPhone photo in HEIC format',
  );
  await expect(
    page.getByRole('region', { name: HQ }).getByRole('checkbox', { name: /^hall\.jpg/ }),
  ).toBeVisible();
});
