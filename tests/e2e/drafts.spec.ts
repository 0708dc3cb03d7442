import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { openSampleTour } from './helpers';

// The machines running these are shared and often overloaded: wait longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

const KEY_POINT = /^3\. /;
const TITLE = 'Участковый знает жителей по именам';
const TEXT = 'Первый абзац.\n\n- обход квартала\n- приём по вторникам';
const NOTE = 'Подходит для районных отделов';

async function openFindings(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Findings' })
    .click();
  await expect(page.getByRole('heading', { name: 'Findings', level: 1 })).toBeVisible();
}

async function openNewFinding(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New finding' }).click();
  return page.getByRole('dialog', { name: 'New finding' });
}

/** Fills every field a person types or picks in a new finding. */
async function fillFinding(form: Locator) {
  await form.getByLabel('Language of the texts').selectOption('ru');
  const keyPoint = form.getByLabel('Key point');
  const label = (await keyPoint.locator('option').allInnerTexts()).find((text) => KEY_POINT.test(text))!;
  await keyPoint.selectOption({ label });
  await form.getByLabel('Title').fill(TITLE);
  await form.getByLabel('Text', { exact: true }).fill(TEXT);
  await form.getByLabel('Kind').selectOption({ label: 'Good practice' });
  await form.getByLabel('Visit').selectOption({ index: 2 });
  await form.getByLabel('Author').selectOption({ index: 1 });
  await form.getByRole('textbox', { name: 'Date', exact: true }).fill('2010-09-21');
  await form.getByLabel('Applicability to Belarus').selectOption({ label: 'Needs adaptation' });
  await form.getByLabel('Rationale').fill(NOTE);
  await form.getByLabel('Include in the report').uncheck();
  return label;
}

async function expectFilled(form: Locator, keyPointLabel: string) {
  await form.getByLabel('Language of the texts').selectOption('ru');
  await expect(form.getByLabel('Key point').locator('option:checked')).toHaveText(keyPointLabel);
  await expect(form.getByLabel('Title')).toHaveValue(TITLE);
  await expect(form.getByLabel('Text', { exact: true })).toHaveValue(TEXT);
  await expect(form.getByLabel('Kind').locator('option:checked')).toHaveText('Good practice');
  await expect(form.getByLabel('Visit')).not.toHaveValue('');
  await expect(form.getByLabel('Author')).not.toHaveValue('');
  await expect(form.getByRole('textbox', { name: 'Date', exact: true })).toHaveValue('21/09/2010');
  await expect(form.getByLabel('Applicability to Belarus').locator('option:checked')).toHaveText(
    'Needs adaptation',
  );
  await expect(form.getByLabel('Rationale')).toHaveValue(NOTE);
  await expect(form.getByLabel('Include in the report')).not.toBeChecked();
}

test('a finding form closed with Escape is offered again as a draft with every field', async ({ page }) => {
  await openSampleTour(page);
  await openFindings(page);
  let form = await openNewFinding(page);
  const keyPoint = await fillFinding(form);
  const chosen = {
    visit: await form.getByLabel('Visit').inputValue(),
    author: await form.getByLabel('Author').inputValue(),
  };
  await expect(form.getByText(/^Draft kept/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(page.getByText('Your unsaved changes are kept as a draft')).toBeVisible();

  form = await openNewFinding(page);
  await expect(form.getByText('Unsaved draft')).toBeVisible();
  await form.getByRole('button', { name: 'Continue the draft' }).click();
  await expectFilled(form, keyPoint);
  await expect(form.getByLabel('Visit')).toHaveValue(chosen.visit);
  await expect(form.getByLabel('Author')).toHaveValue(chosen.author);

  // Saved: the draft is gone, the next new finding starts empty.
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  form = await openNewFinding(page);
  await expect(form.getByLabel('Title')).toHaveValue('');
  await expect(form.getByRole('button', { name: 'Continue the draft' })).toHaveCount(0);
});

test('a finding being typed survives a reload of the window', async ({ page }) => {
  await openSampleTour(page);
  await openFindings(page);
  let form = await openNewFinding(page);
  const keyPoint = await fillFinding(form);
  // Reloaded right after the last change (Include in the report unticked), before the pause in
  // typing after which drafts are written: that change is kept too.
  await page.reload();

  await openFindings(page);
  form = await openNewFinding(page);
  await form.getByRole('button', { name: 'Continue the draft' }).click();
  await expectFilled(form, keyPoint);

  // Cancel with changes asks; Discard forgets the draft.
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await form.getByRole('button', { name: 'Discard' }).click();
  await expect(form).toBeHidden();
  form = await openNewFinding(page);
  await expect(form.getByLabel('Title')).toHaveValue('');
});

test('a failed Save brings the first invalid field into view and focuses it; Enter never files a finding without a key point', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSampleTour(page);
  await openFindings(page);
  const form = await openNewFinding(page);
  await form.getByLabel('Title').fill('Entered without a key point');
  await form.getByLabel('Title').press('Enter');
  const keyPoint = form.getByLabel('Key point');
  await expect(keyPoint).toBeFocused();
  await expect(form.getByText('1 field needs attention')).toBeVisible();
  await expect(form.getByText('Choose the key point this finding belongs to.')).toBeVisible();

  // A long text scrolls the dialog down to Save; the title emptied is the first problem, out of sight.
  await form.getByLabel('Title').fill('');
  await form
    .getByLabel('Text', { exact: true })
    .fill(Array.from({ length: 40 }, (_, i) => `Line ${i}`).join('\n'));
  await form.getByRole('button', { name: 'Save' }).scrollIntoViewIfNeeded();
  await expect(keyPoint).not.toBeInViewport();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(keyPoint).toBeFocused();
  await expect(keyPoint).toBeInViewport();
  await expect(form.getByText('2 fields need attention')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Entered without a key point' })).toHaveCount(0);
});
