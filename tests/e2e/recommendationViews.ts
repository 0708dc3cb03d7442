import { expect, type Page } from '@playwright/test';

/** On the Recommendations screen: the numbered list (re-ordering, the summary table's order) instead of by key point. */
export async function showNumberedList(page: Page): Promise<void> {
  // The segmented control's radio inputs are visually hidden; a user clicks the label.
  await page
    .getByRole('radiogroup', { name: 'Show recommendations' })
    .getByText('Numbered list', { exact: true })
    .click();
  await expect(page.getByRole('radio', { name: 'Numbered list' })).toBeChecked();
}
