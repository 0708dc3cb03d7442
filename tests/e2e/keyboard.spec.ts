import { expect as baseExpect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSampleTour } from './helpers';

const expect = baseExpect.configure({ timeout: 30_000 });

test('the keyboard reaches the screen first, opens screens and a new finding, and Ctrl+Enter saves it', async ({
  page,
}) => {
  await openSampleTour(page);
  // A fresh page, as after starting the app: the focus is nowhere yet.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  // The first Tab offers the skip link; Enter puts the focus on the screen itself.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/overview$/);

  // F1 lists every shortcut; Escape closes the list.
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row', { name: /Open “Findings”/ })).toContainText('Alt + Shift + 4');
  await expect(help.getByRole('row', { name: /New finding/ })).toContainText('Alt + Shift + N');
  await expect(help.getByRole('row', { name: /Save the form/ })).toContainText('Ctrl + Enter');
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Screens by Alt+Shift+digit, in navigation order.
  await page.keyboard.press('Alt+Shift+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+8');
  await expect(page).toHaveURL(/#\/translation$/);

  // A new finding from anywhere; Ctrl+Enter files it as the Save button would.
  await page.keyboard.press('Alt+Shift+N');
  const dialog = page.getByRole('dialog', { name: 'New finding' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Key point').click();
  await page.getByRole('option', { name: /^1\. Organisational and planning methods/ }).click();
  await dialog.getByLabel('Title', { exact: true }).fill('Keyboard-only finding');
  await dialog.getByLabel('Title', { exact: true }).press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/findings/);
  await expect(page.getByRole('article', { name: 'Keyboard-only finding' })).toBeVisible();
});

test('the navigation folds to its icons and stays folded after a restart', async ({ page }) => {
  await openSampleTour(page);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await page.getByRole('button', { name: 'Fold the navigation' }).click();
  await expect(nav.getByRole('link', { name: 'Findings' })).toBeVisible();
  await expect(nav.getByText('Findings', { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Unfold the navigation' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(nav.getByText('Findings', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Unfold the navigation' }).click();
  await expect(nav.getByText('Findings', { exact: true })).toBeVisible();
});

test('global search finds a member of the delegation and opens their form', async ({ page }) => {
  await openSampleTour(page);
  await page.keyboard.press('Control+K');
  const search = page.getByRole('dialog', { name: 'Search the tour' });
  await search.getByRole('combobox', { name: 'Search' }).fill('Ковалёв');
  await search.getByRole('option', { name: /Ковалёв Андрей Петрович/ }).click();
  await expect(page.getByRole('tab', { name: 'Delegation' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('dialog')).toBeVisible();
});
