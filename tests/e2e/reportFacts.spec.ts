import { readFile } from 'node:fs/promises';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoSeriousA11yViolations, openSampleTour, switchLanguage } from './helpers';

// A busy shared machine: screens and exports may take seconds.
const expect = baseExpect.configure({ timeout: 30_000 });
const NBSP = '\u00a0';

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name }).click();
}

test('a quarter term and an abbreviation reach the card and the report', async ({ page }) => {
  test.setTimeout(300_000);
  await openSampleTour(page);
  await switchLanguage(page, 'Русский');

  // Recommendation 7 of the sample has only a horizon; it gets a quarter and an expected result.
  await openScreen(page, 'Рекомендации');
  const seventh = page.getByRole('listitem', { name: 'Рекомендация 7' });
  await expect(seventh).toContainText('Краткосрочная');
  await seventh.getByRole('button', { name: 'Изменить рекомендацию 7' }).click();
  const form = page.getByRole('dialog', { name: 'Изменение рекомендации' });
  await form.getByRole('combobox', { name: 'Срок исполнения' }).selectOption({ label: 'Квартал' });
  await form.getByRole('combobox', { name: 'Квартал' }).selectOption({ label: 'III' });
  const year = form.getByRole('textbox', { name: 'Год' });
  // A half-typed year is refused with a message, not saved.
  await year.fill('201');
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form.getByText('Год от 1990 до 2100.')).toBeVisible();
  await year.fill('2011');
  await expect(form.getByText(`В документах: III квартал 2011${NBSP}г.`)).toBeVisible();
  await form
    .getByRole('textbox', { name: 'Ожидаемый результат' })
    .fill('Курс включён в план повышения квалификации Академии МВД.');
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form).toBeHidden();
  await expect(seventh).toContainText(`Срок: III квартал 2011${NBSP}г.`);
  await expect(seventh).toContainText('Ожидаемый результат: Курс включён в план повышения квалификации');

  // On the Documents screen, beside the requisites: the report's facts and its abbreviations.
  await openScreen(page, 'Документы');
  await expect(page.getByRole('heading', { name: 'Документы', level: 1 })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Сведения о поездке для отчёта' });
  await facts
    .getByRole('textbox', { name: 'Основание поездки (документ)' })
    .fill('Приказ Министра внутренних дел Республики Беларусь');
  await facts.getByRole('textbox', { name: 'Номер документа' }).fill('245');
  await facts.getByRole('button', { name: 'Сохранить сведения' }).click();
  await expect(page.getByText('Сведения о поездке сохранены.')).toBeVisible();

  // The document's date is typed as every date of the app is, in the interface language's order.
  const requisites = page.getByRole('region', { name: 'Реквизиты документов' });
  const documentDate = requisites.getByRole('textbox', { name: 'Дата документа', exact: true });
  await documentDate.fill('27.09.2010');
  await documentDate.press('Tab');
  await requisites.getByRole('button', { name: 'Сохранить реквизиты' }).click();
  await expect(page.getByText('Реквизиты сохранены.')).toBeVisible();

  const abbreviations = page.getByRole('region', { name: 'Сокращения' });
  // The sample's four are there; the report uses all of them.
  await expect(abbreviations.getByRole('textbox', { name: 'Сокращение 2', exact: true })).toHaveValue('OPSZ');
  await expect(abbreviations.getByText('В тексте отчёта не встречается')).toHaveCount(0);
  // Added from the keyboard: the new line's first field takes the focus.
  await abbreviations.getByRole('button', { name: 'Добавить сокращение' }).focus();
  await page.keyboard.press('Enter');
  const fifth = abbreviations.getByRole('textbox', { name: 'Сокращение 5', exact: true });
  await expect(fifth).toBeFocused();
  await page.keyboard.type('ORFK');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Организация по безопасности и сотрудничеству в Европе');
  await abbreviations.getByRole('button', { name: 'Сохранить сокращения' }).click();
  // The same abbreviation twice is refused, and nothing is saved.
  await expect(abbreviations.getByText('Такое сокращение уже есть.')).toBeVisible();
  await fifth.fill('ОБСЕ');
  await abbreviations.getByRole('button', { name: 'Сохранить сокращения' }).click();
  await expect(page.getByText('Сокращения сохранены.')).toBeVisible();
  await expect(abbreviations.getByText('Такое сокращение уже есть.')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Still there after a reload: it is stored on the tour.
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Сокращения' })
      .getByRole('textbox', { name: 'Расшифровка сокращения 5', exact: true }),
  ).toHaveValue('Организация по безопасности и сотрудничеству в Европе');
  await expect(
    page
      .getByRole('region', { name: 'Реквизиты документов' })
      .getByRole('textbox', { name: 'Дата документа', exact: true }),
  ).toHaveValue('27.09.2010');

  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Экспорт в .docx' }).click();
  const confirm = page.getByRole('dialog', { name: /Экспортировать как окончательный/ });
  // The sample's Russian report has every text in Russian: no question is asked.
  await expect(confirm).toHaveCount(0);
  const download = await pending;
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const xml = strFromU8(files['word/document.xml']!);
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
  expect(text).toContain(`III квартал 2011${NBSP}г.`);
  expect(text).toContain('Курс включён в план повышения квалификации');
  expect(text).toContain(`Приказ Министра внутренних дел Республики Беларусь №${NBSP}245`);
  const annex = text.indexOf('Перечень сокращений');
  expect(annex).toBeGreaterThan(0);
  const list = text.slice(text.lastIndexOf('Перечень сокращений'));
  // ОБСЕ is first used in the introduction ("supported by"), before any of the sample's four.
  expect(list.indexOf('ОБСЕ')).toBeLessThan(list.indexOf('ORFK'));
  expect(list).toContain('Организация по безопасности и сотрудничеству в Европе');
  expect(list).toContain('ГУОПиП');
});
