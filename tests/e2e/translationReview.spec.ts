import { expect as baseExpect, test } from '@playwright/test';
import { openSampleTour } from './helpers';

// Saving and re-reading the tour take seconds on a busy shared machine.
const expect = baseExpect.configure({ timeout: 30_000 });

const TITLE_EN = 'The community strategy is set centrally and detailed in regional plans';
const ADDED = 'Планы пересматриваются каждый квартал.';

test('a finding’s Russian text edited after its English translation: the Translation screen shows the change until the translation is confirmed', async ({
  page,
}) => {
  await openSampleTour(page);
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });

  // Edit the Russian text of a finding that has an English translation.
  await navigation.getByRole('link', { name: 'Findings', exact: true }).click();
  await page.getByRole('button', { name: `Edit “${TITLE_EN}”` }).click();
  const form = page.getByRole('dialog', { name: 'Edit finding' });
  await form.getByRole('combobox', { name: 'Language of the texts' }).selectOption('ru');
  const text = form.getByRole('textbox', { name: 'Text', exact: true });
  const russian = await text.inputValue();
  expect(russian).toContain('Главное управление');
  await text.fill(`${russian} ${ADDED}`);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  // The Translation screen lists its English text as needing review, with the difference marked.
  await navigation.getByRole('link', { name: 'Translation', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Translate into' })).toHaveValue('en');
  await expect(page.getByRole('group', { name: 'English' })).toContainText('1 translation needs review');
  await page.getByRole('combobox', { name: 'Translations' }).selectOption('needsReview');
  const row = page.getByRole('article', { name: `Finding “${TITLE_EN}” — text` });
  await expect(page.getByRole('article')).toHaveCount(1);
  const change = row.getByRole('group', { name: 'Source changed' });
  await expect(change).toContainText('The Russian source has changed since this translation was made.');
  await expect(change.getByRole('group', { name: 'Before' })).toContainText('Главное управление');
  await expect(change.getByRole('group', { name: 'Before' })).not.toContainText(ADDED);
  await expect(change.getByRole('group', { name: 'Now' }).locator('ins')).toHaveText(` ${ADDED}`);
  await expect(row.getByText('Needs review', { exact: true })).toBeVisible();

  // Confirmed unchanged: the mark is gone.
  await change.getByRole('button', { name: 'Translation still right' }).click();
  await expect(row).toBeHidden();
  await expect(page.getByText('No text of this selection is in this state.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'English' })).not.toContainText('needs review');
  await page.getByRole('combobox', { name: 'Translations' }).selectOption('all');
  await page.getByRole('searchbox', { name: 'Find a text' }).fill('каждый квартал');
  await expect(row).toBeVisible();
  await expect(row.getByRole('group', { name: 'Source changed' })).toHaveCount(0);
});
