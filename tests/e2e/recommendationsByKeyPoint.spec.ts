import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSampleTour } from './helpers';

const expect = baseExpect.configure({ timeout: 30_000 });
// Opening the sample and saving take long on a busy shared machine.
test.describe.configure({ timeout: 300_000 });

const sample = JSON.parse(
  readFileSync(new URL('../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url), 'utf8'),
) as {
  themes: { id: string; title: { en: string } }[];
  findings: { id: string; themeId: string; title: { en?: string } }[];
};
/** A finding of key point 2 with an English title: "Fixed foot patrol routes in residential blocks". */
const FINDING = sample.findings.find((f) => f.id === 'f4')!;
const KEY_POINT_INDEX = sample.themes.findIndex((theme) => theme.id === FINDING.themeId);
const KEY_POINT = `${KEY_POINT_INDEX + 1}. ${sample.themes[KEY_POINT_INDEX]!.title.en}`;
const OTHER_KEY_POINT = `${KEY_POINT_INDEX === 0 ? 2 : 1}. ${sample.themes[KEY_POINT_INDEX === 0 ? 1 : 0]!.title.en}`;
const TEXT = 'Introduce fixed foot patrol routes in the residential blocks of two pilot districts.';

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();
}

test('a recommendation based on a finding is proposed its key point and is listed under it', async ({
  page,
}) => {
  await openSampleTour(page);
  await openScreen(page, 'Recommendations');
  // By key point, like the Findings screen: all five key points, the sample's seven recommendations under them.
  await expect(page.getByRole('radio', { name: 'By key point' })).toBeChecked();
  await expect(page.getByRole('region', { name: KEY_POINT })).toBeVisible();

  await page.getByRole('button', { name: 'New recommendation' }).click();
  const form = page.getByRole('dialog', { name: 'New recommendation' });
  await form.getByRole('textbox', { name: 'Recommendation', exact: true }).fill(TEXT);
  const findingsPicker = form.getByRole('combobox', { name: 'Based on findings' });
  await findingsPicker.click();
  await findingsPicker.fill('foot patrol');
  await page.getByRole('option', { name: FINDING.title.en! }).click();
  await form.getByRole('heading', { name: 'New recommendation' }).click();

  // The finding's key point is proposed, and only that one.
  // The chosen key points are the pills beside the "Key points" field's input.
  const keyPointsField = form
    .locator('div', { has: page.getByRole('combobox', { name: 'Key points' }) })
    .last();
  await expect(keyPointsField).toContainText(KEY_POINT);
  await expect(keyPointsField).not.toContainText(OTHER_KEY_POINT);
  await expectNoSeriousA11yViolations(page);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  // Listed under that key point, with the next number, and under no other key point.
  const section = page.getByRole('region', { name: KEY_POINT });
  const created = section.getByRole('listitem', { name: 'Recommendation 8' });
  await expect(created).toContainText(TEXT);
  await expect(created).toContainText(FINDING.title.en!);
  await expect(page.getByRole('listitem', { name: 'Recommendation 8' })).toHaveCount(1);
  await expect(page.getByRole('region', { name: OTHER_KEY_POINT }).getByText(TEXT)).toHaveCount(0);

  // Still there after a reload; the numbered list has it last.
  await page.reload();
  await expect(
    page.getByRole('region', { name: KEY_POINT }).getByRole('listitem', { name: 'Recommendation 8' }),
  ).toContainText(TEXT);
  await page
    .getByRole('radiogroup', { name: 'Show recommendations' })
    .getByText('Numbered list', { exact: true })
    .click();
  const numbered = page.getByRole('list', { name: 'Recommendations', exact: true });
  // Cards hold lists of their own (key points, findings): count the numbered items.
  await expect(numbered.getByRole('listitem', { name: /^Recommendation \d+$/ })).toHaveCount(8);
  await expect(numbered.getByRole('listitem', { name: 'Recommendation 8' })).toContainText(KEY_POINT);
});
