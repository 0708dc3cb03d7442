import { expect as baseExpect, test, type Page } from '@playwright/test';
import { openSampleTour } from './helpers';

// The machines running these are shared and often overloaded: wait longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const KISS = 'Dr Gábor Kiss';

async function openScreen(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name, exact: true })
    .click();
}

const kissRow = (page: Page) =>
  page.getByRole('table', { name: 'Contacts' }).getByRole('row', { name: new RegExp(KISS) });

async function deleteKiss(page: Page) {
  await expect(kissRow(page)).toContainText('2 visits');
  await kissRow(page)
    .getByRole('button', { name: `Delete ${KISS}` })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete contact' });
  // The dialog says what refers to the contact before anything is deleted.
  await expect(dialog).toContainText(/Used in 2 visits/);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(kissRow(page)).toHaveCount(0);
}

async function expectKissWithVisits(page: Page) {
  await expect(kissRow(page)).toContainText('2 visits');
  await kissRow(page).getByRole('button', { name: KISS, exact: true }).click();
  const details = page.getByRole('dialog', { name: KISS });
  await expect(
    details.getByRole('list', { name: 'Met during the programme' }).getByRole('listitem'),
  ).toHaveCount(2);
}

test('a contact deleted by mistake comes back with Undo, with its visits', async ({ page }) => {
  await openSampleTour(page);
  await openScreen(page, 'Contacts');
  await deleteKiss(page);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectKissWithVisits(page);
});

test('a contact deleted yesterday is restored from "Recently deleted", with its visits', async ({ page }) => {
  await page.clock.install();
  await openSampleTour(page);
  await openScreen(page, 'Contacts');
  await deleteKiss(page);

  await page.clock.fastForward('25:00:00');
  await openScreen(page, 'Settings');
  const bin = page.getByRole('region', { name: 'Recently deleted' });
  await expect(bin.getByRole('row', { name: new RegExp(KISS) })).toContainText('Contact');
  await bin.getByRole('button', { name: `Restore ${KISS}` }).click();
  await expect(bin.getByText('Nothing has been deleted in that time.')).toBeVisible();

  await openScreen(page, 'Contacts');
  await expectKissWithVisits(page);
});

test('a programme event deleted by mistake comes back with Undo, with the findings noted there', async ({
  page,
}) => {
  const EVENT = 'National Police Headquarters: police organisation and community strategy';
  await openSampleTour(page);
  await openScreen(page, 'Programme');
  const articles = page.getByRole('article');
  await expect(articles).toHaveCount(11);
  const deleteButton = page.getByRole('button', { name: `Delete event “${EVENT}”` });
  await deleteButton.click();
  const dialog = page.getByRole('dialog', { name: 'Delete this event?' });
  await expect(dialog).toContainText(/(\d+) findings were recorded at this event/);
  const said = (await dialog.textContent())?.match(/(\d+) findings were recorded/)?.[1];
  await dialog.getByRole('button', { name: 'Delete the event' }).click();
  await expect(articles).toHaveCount(10);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(articles).toHaveCount(11);
  // The findings recorded there are linked to it again: its delete dialog counts them as before.
  await deleteButton.click();
  await expect(dialog).toContainText(`${said} findings were recorded at this event`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});
