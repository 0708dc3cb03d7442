import { expect as baseExpect, test } from '@playwright/test';
import { openSampleTour } from './helpers';

// Saving and re-reading the tour take seconds on a busy shared machine.
const expect = baseExpect.configure({ timeout: 30_000 });

const AGREED = 'community police officer';

test('a glossary term in a source shows its agreed translation beside the box, and one key inserts it', async ({
  page,
}) => {
  await openSampleTour(page);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Translation', exact: true })
    .click();
  await expect(page.getByRole('combobox', { name: 'Translate into' })).toHaveValue('en');

  // The agreed translation of a rank, added to the tour's glossary.
  await page.getByRole('button', { name: 'Glossary', exact: true }).click();
  const glossary = page.getByRole('dialog', { name: 'Glossary of the tour' });
  await glossary.getByRole('button', { name: 'Add term' }).click();
  const form = page.getByRole('dialog', { name: 'New term' });
  await form.getByRole('textbox', { name: 'In Russian' }).fill('участковый уполномоченный');
  await form.getByRole('textbox', { name: 'In English' }).fill(AGREED);
  await form.getByRole('textbox', { name: 'Note' }).fill('not “district inspector”');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(glossary.getByRole('cell', { name: AGREED, exact: true })).toBeVisible();
  await glossary.getByRole('button', { name: 'Close' }).click();
  await expect(glossary).toBeHidden();

  // A finding's title that uses the term, not yet in English.
  await page.getByRole('searchbox', { name: 'Find a text' }).fill('проводит регулярные приёмы');
  // Its title and its text (found by the finding's name): the title is translated.
  await expect(page.getByRole('article')).toHaveCount(2);
  const row = page.getByRole('article', { name: /проводит регулярные приёмы.* — title$/ });
  const box = row.getByRole('textbox', { name: 'Translation into English' });
  await box.fill('The');
  const suggestions = row.getByRole('region', { name: 'Suggestions' });
  const insert = suggestions.getByRole('button', {
    name: new RegExp(`^Insert “${AGREED}” \\(Alt\\+\\d\\)$`),
  });
  await expect(insert).toBeVisible();
  const shortcut = await insert.getAttribute('aria-keyshortcuts');
  expect(shortcut).toMatch(/^Alt\+\d$/);

  // One key, typed in the box, inserts it at the caret.
  await box.press('End');
  await box.press(shortcut!);
  await expect(box).toHaveValue(`The ${AGREED}`);
  await expect(box).toBeFocused();

  // Translated otherwise, the term is pointed out beside the box.
  await box.fill('The district inspector holds regular office hours');
  const divergent = row.getByRole('region', { name: 'This term is translated differently than agreed:' });
  await expect(divergent).toContainText(`участковый уполномоченный → ${AGREED}`);
  await box.fill(`The ${AGREED} holds regular office hours`);
  await expect(divergent).toHaveCount(0);
});
