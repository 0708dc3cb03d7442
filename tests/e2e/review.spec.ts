import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSampleTour } from './helpers';

// The machines running these are shared and often overloaded: wait longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 300_000 });

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();
}

/** Answers "Which delegate are you?" with the keyboard, as a person may. */
async function sayWhoIAm(page: Page, name: RegExp) {
  const question = page.getByRole('complementary', { name: 'Which delegate are you?' });
  await expect(question).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await question.getByRole('combobox', { name: 'I am' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name }).click();
  await question.getByRole('button', { name: "That's me" }).click();
  await expect(question).toBeHidden();
}

test('say who I am, write a finding, propose it, approve it as head, and see both names', async ({
  page,
}) => {
  await openSampleTour(page);
  await sayWhoIAm(page, /Sidorenko/);

  await openScreen(page, 'Findings');
  await page.getByRole('button', { name: 'New finding' }).click();
  const form = page.getByRole('dialog', { name: 'New finding' });
  // The new finding's author is the delegate this laptop's user said they are.
  await expect(form.getByRole('combobox', { name: 'Author' }).locator('option:checked')).toHaveText(
    /Sidorenko/,
  );
  await form.getByRole('combobox', { name: 'Key point' }).selectOption({ index: 1 });
  await form
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Evening office hours of the district officer');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  const card = page.getByRole('article', { name: 'Evening office hours of the district officer' });
  await expect(card).toContainText(/Written by .*Sidorenko/);

  await card
    .getByRole('button', { name: 'Send “Evening office hours of the district officer” for approval' })
    .click();
  await expect(card).toContainText('Proposed');
  // A member cannot approve: only the head of delegation sees Approve.
  await expect(card.getByRole('button', { name: /^Approve/ })).toHaveCount(0);

  // Settings: the answer can be changed there (the head uses this laptop now), and the question is
  // not asked again.
  await openScreen(page, 'Settings');
  await expect(page.getByRole('combobox', { name: 'I am' })).toHaveValue(/Sidorenko/);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Which delegate are you?' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'I am' }).click();
  await page.getByRole('option', { name: /Kovalev|Kovalyov/ }).click();

  await openScreen(page, 'Findings');
  const approved = page.getByRole('article', { name: 'Evening office hours of the district officer' });
  await approved
    .getByRole('button', { name: 'Approve “Evening office hours of the district officer”' })
    .click();
  await expect(approved).toContainText(/Approved by .*(Kovalev|Kovalyov)/);
  await expect(approved).toContainText(/Written by .*Sidorenko/);
  await expectNoSeriousA11yViolations(page);
});
