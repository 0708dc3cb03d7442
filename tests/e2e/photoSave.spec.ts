import { expect as baseExpect, test } from '@playwright/test';
import { openSampleTour } from './helpers';
import { makePng } from './pictures';

// The machines running these are shared and often overloaded: wait longer than the default.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 300_000 });

test('two photos chosen and Save pressed at once: the finding is saved with both photos', async ({
  page,
}) => {
  const title = 'Two large photos saved at once';
  await openSampleTour(page);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Findings' })
    .click();
  await page.getByRole('button', { name: 'New finding' }).click();
  const form = page.getByRole('dialog', { name: 'New finding' });
  await form.getByLabel('Key point').selectOption({ index: 1 });
  await form.getByLabel('Title').fill(title);

  // Two 3000×2000 pictures (six megapixels each): seconds of work, still under way when Save is pressed.
  const chooser = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: 'Add photos' }).click();
  await (
    await chooser
  ).setFiles([
    { name: 'hall.png', mimeType: 'image/png', buffer: makePng(3000, 2000) },
    { name: 'yard.png', mimeType: 'image/png', buffer: makePng(2000, 3000) },
  ]);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  await page.reload();
  const card = page.getByRole('article', { name: title });
  await expect(card.getByRole('button', { name: 'Open photo hall.jpg' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Open photo yard.jpg' })).toBeVisible();
});

test('each photo shows its progress; Save waits for them and says so; a broken one is named and the others kept', async ({
  page,
}) => {
  const title = 'Photos with progress';
  // The photo worker's script is held back until Save has been pressed: the photos are surely still
  // being prepared then, however fast or loaded the machine is.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/photoWorker[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await openSampleTour(page);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Findings' })
    .click();
  await page.getByRole('button', { name: 'New finding' }).click();
  const form = page.getByRole('dialog', { name: 'New finding' });
  await form.getByLabel('Key point').selectOption({ index: 1 });
  await form.getByLabel('Title').fill(title);
  const chooser = page.waitForEvent('filechooser');
  await form.getByRole('button', { name: 'Add photos' }).click();
  await (
    await chooser
  ).setFiles([
    { name: 'first.png', mimeType: 'image/png', buffer: makePng(1600, 1200) },
    { name: 'broken.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('no pixels') },
    { name: 'second.png', mimeType: 'image/png', buffer: makePng(1600, 1200) },
  ]);
  for (const name of ['first.png', 'broken.jpg', 'second.png'])
    await expect(form.getByRole('progressbar', { name: `Preparing ${name}` })).toBeVisible();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toHaveText('Saving as soon as 3 photos are ready…');
  await expect(form).toBeVisible();
  release();
  await expect(form).toBeHidden();
  await expect(
    page.getByRole('alert').filter({ hasText: '“broken.jpg” could not be read as an image' }),
  ).toBeVisible();

  const card = page.getByRole('article', { name: title });
  await expect(card.getByRole('button', { name: /^Open photo/ })).toHaveCount(2);
});
