import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { showNumberedList } from './recommendationViews';
import { generateTour, type TourScale } from '../bench/generate/largeTour';
import { backupBytes } from '../bench/generate/writeBackup';
import { chooseFileWithButton, openFreshApp } from './helpers';

// Every list past the length shown whole (30), small enough to restore in seconds.
const LONG_LISTS: TourScale = {
  days: 10,
  events: 50,
  organisations: 60,
  contacts: 200,
  findings: 300,
  recommendations: 80,
  photos: 4,
  materials: 40,
  photoPool: 1,
  photoWidth: 64,
  photoHeight: 48,
};

/** At most this many items of a long list are in the page at once, wherever it is scrolled. */
const BOUND = 40;

async function openScreen(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name, exact: true })
    .click();
}

async function scrollToEnd(page: Page) {
  // Twice: items measured on the way change the page's height.
  for (let i = 0; i < 2; i += 1) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(300);
  }
}

test('a large tour keeps each long list to what is near the window, down to its end', async ({ page }) => {
  test.setTimeout(180_000);
  const bundle = generateTour(LONG_LISTS, 11);
  const file = join(await mkdtemp(join(tmpdir(), 'delegation-desk-')), 'long-lists.ddbackup');
  await writeFile(file, await backupBytes(bundle));

  await openFreshApp(page);
  await openScreen(page, 'Backup');
  await chooseFileWithButton(page, 'Backup file', file);
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText('1 tour restored.')).toBeVisible({ timeout: 60_000 });

  // Findings: 300 in five key points.
  await openScreen(page, 'Findings');
  const cards = page.getByRole('main').getByRole('article');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeLessThanOrEqual(BOUND);
  const firstCard = await cards.first().getAttribute('aria-label');
  await scrollToEnd(page);
  await expect(cards.last()).toBeInViewport();
  expect(await cards.count()).toBeLessThanOrEqual(BOUND);
  await expect(page.getByRole('article', { name: firstCard!, exact: true })).toHaveCount(0);

  // Contacts: 200 rows.
  await openScreen(page, 'Contacts');
  const table = page.getByRole('main').getByRole('table').first();
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  expect(await rows.count()).toBeLessThanOrEqual(BOUND + 1);
  await scrollToEnd(page);
  await expect(rows.last()).toBeInViewport();
  expect(await rows.count()).toBeLessThanOrEqual(BOUND + 1);

  // Recommendations: 80 in their numbered list; the last one is reached.
  await openScreen(page, 'Recommendations');
  await showNumberedList(page);
  const items = page.getByRole('list', { name: 'Recommendations', exact: true }).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeLessThanOrEqual(BOUND);
  await scrollToEnd(page);
  await expect(page.getByRole('listitem', { name: 'Recommendation 80' })).toBeInViewport();
  expect(await items.count()).toBeLessThanOrEqual(BOUND);

  // Translation: hundreds of texts waiting for English; typing survives its row leaving the page.
  await openScreen(page, 'Translation');
  const texts = page.getByRole('main').getByRole('article');
  await expect(texts.first()).toBeVisible();
  expect(await texts.count()).toBeLessThanOrEqual(BOUND);
  const firstText = (await texts.first().getAttribute('aria-label'))!;
  await texts.first().getByLabel('Translation into English').fill('Typed, not saved yet');
  await expect(page.getByText('1 translation not saved yet')).toBeVisible();
  await scrollToEnd(page);
  await expect(texts.last()).toBeInViewport();
  expect(await texts.count()).toBeLessThanOrEqual(BOUND);
  await expect(page.getByRole('article', { name: firstText, exact: true })).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(
    page.getByRole('article', { name: firstText, exact: true }).getByLabel('Translation into English'),
  ).toHaveValue('Typed, not saved yet');

  // Programme: 50 events over 10 days, so only the days near the window are in the page.
  await openScreen(page, 'Programme');
  const days = page.getByRole('main').getByRole('region');
  await expect(days.first()).toBeVisible();
  expect(await days.count()).toBeLessThan(LONG_LISTS.days);
});
