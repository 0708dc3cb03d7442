import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoSeriousA11yViolations, openFreshApp, openSampleTour } from './helpers';
import { makePng } from './pictures';

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
  // The dialog opens in its first field, the key point: an arrow key chooses the first.
  const keyPoint = dialog.getByRole('combobox', { name: 'Key point' });
  await expect(keyPoint).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(keyPoint.locator('option:checked')).toHaveText(/^1\. Organisational and planning methods/);
  await tabTo(page, dialog.getByRole('textbox', { name: 'Title', exact: true }));
  await page.keyboard.type('Keyboard-only finding');
  await page.keyboard.press('Control+Enter');
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

/**
 * Moves the focus with Tab, as a person does, until it reaches `target`; fails when it is not
 * reached within `limit` presses (then the element is not in the tab order at all).
 */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<number> {
  for (let presses = 0; presses <= limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses`);
}

/** Selects what the focused field holds (a date the form proposed) and types over it. */
async function replaceText(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

test('every main task with the keyboard alone: a tour, a visit, a contact, a finding with a photo, the report', async ({
  page,
}) => {
  // A long walk through the app; the machines running it are shared and busy.
  test.setTimeout(360_000);
  await openFreshApp(page);

  // A new tour: the dialog opens in its first field, the country is picked by typing and arrows.
  await tabTo(page, page.getByRole('button', { name: 'Create a study tour' }));
  await page.keyboard.press('Enter');
  const tourDialog = page.getByRole('dialog', { name: 'New study tour' });
  await expect(tourDialog.getByLabel('Title of the study tour')).toBeFocused();
  await page.keyboard.type('Keyboard visit to Vilnius');
  await tabTo(page, tourDialog.getByRole('combobox', { name: 'Host country' }));
  await page.keyboard.type('Lithuania');
  await expect(page.getByRole('option', { name: 'Lithuania' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await tabTo(page, tourDialog.getByRole('textbox', { name: 'First day', exact: true }));
  await page.keyboard.type('2026-05-12');
  await tabTo(page, tourDialog.getByRole('textbox', { name: 'Last day', exact: true }));
  await page.keyboard.type('2026-05-16');
  await page.keyboard.press('Tab');
  await expect(tourDialog.getByRole('combobox', { name: 'Venue time zone' })).toHaveValue(
    'Vilnius (Lithuania)',
  );
  await page.keyboard.press('Control+Enter');
  await expect(tourDialog).toBeHidden();
  await expect(
    page.getByRole('banner').getByRole('heading', { name: 'Keyboard visit to Vilnius' }),
  ).toBeVisible();

  // A visit: Programme by its shortcut, the button by Tab, the times typed, Ctrl+Enter.
  await page.keyboard.press('Alt+Shift+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Add event', exact: true }));
  await page.keyboard.press('Enter');
  const eventDialog = page.getByRole('dialog', { name: 'New event' });
  await expect(eventDialog.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
  await page.keyboard.type('Vilnius city police: community officers');
  await tabTo(page, eventDialog.getByRole('textbox', { name: 'Start', exact: true }));
  await replaceText(page, '2026-05-13');
  await tabTo(page, eventDialog.getByRole('spinbutton', { name: 'Start time: hours' }));
  await replaceText(page, '10');
  await tabTo(page, eventDialog.getByRole('spinbutton', { name: 'Start time: minutes' }));
  await replaceText(page, '00');
  await tabTo(page, eventDialog.getByRole('textbox', { name: 'End', exact: true }));
  await replaceText(page, '2026-05-13');
  await tabTo(page, eventDialog.getByRole('spinbutton', { name: 'End time: hours' }));
  await replaceText(page, '12');
  await tabTo(page, eventDialog.getByRole('spinbutton', { name: 'End time: minutes' }));
  await replaceText(page, '30');
  await page.keyboard.press('Control+Enter');
  await expect(eventDialog).toBeHidden();
  await expect(page.getByRole('main')).toContainText('Vilnius city police: community officers');

  // A contact.
  await page.keyboard.press('Alt+Shift+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Add contact' }));
  await page.keyboard.press('Enter');
  const contactDialog = page.getByRole('dialog', { name: 'New contact' });
  await expect(contactDialog.getByRole('textbox', { name: 'Family name' })).toBeFocused();
  await page.keyboard.type('Kazlauskas');
  await tabTo(page, contactDialog.getByRole('textbox', { name: 'Given name' }));
  await page.keyboard.type('Tomas');
  await page.keyboard.press('Control+Enter');
  await expect(contactDialog).toBeHidden();
  await expect(page.getByRole('main')).toContainText('Kazlauskas');

  // A finding with a photo, from anywhere: the file dialog is the system's, the rest is keys.
  await page.keyboard.press('Alt+Shift+N');
  const findingDialog = page.getByRole('dialog', { name: 'New finding' });
  const keyPoint = findingDialog.getByRole('combobox', { name: 'Key point' });
  await expect(keyPoint).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(keyPoint).not.toHaveValue('');
  await tabTo(page, findingDialog.getByRole('textbox', { name: 'Title', exact: true }));
  await page.keyboard.type('Community officers hold open office hours');
  await tabTo(page, findingDialog.getByRole('button', { name: 'Add photos' }));
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'office.png', mimeType: 'image/png', buffer: makePng(800, 600) });
  await expect(findingDialog.getByRole('textbox', { name: 'Caption of office.jpg' })).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(findingDialog).toBeHidden();
  const finding = page.getByRole('article', { name: 'Community officers hold open office hours' });
  await expect(finding).toBeVisible();
  await expect(finding.getByRole('button', { name: /^Open photo/ })).toBeVisible();

  // The report, exported from the Documents screen.
  await page.keyboard.press('Alt+Shift+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Export .docx' }));
  await page.keyboard.press('Enter');
  // A report with empty sections asks first, opening on its safe answer (a draft); Tab reaches "final".
  const confirm = page.getByRole('dialog', { name: 'Export as a final document?' });
  await expect(confirm.getByRole('button', { name: 'Export a draft instead' })).toBeFocused();
  await tabTo(page, confirm.getByRole('button', { name: 'Export as final' }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const report = await readFile((await (await download).path())!);
  const documentXml = unzipSync(new Uint8Array(report))['word/document.xml'];
  expect(documentXml).toBeDefined();
  expect(strFromU8(documentXml!)).toContain('Community officers hold open office hours');
  await expectNoSeriousA11yViolations(page);
});
