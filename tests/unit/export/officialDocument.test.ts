import { describe, expect, it } from 'vitest';
import type { Language } from '../../../renderer/domain/entities';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import { leftOutSections } from '../../../renderer/domain/documents/leftOut';
import type { ReportDocument } from '../../../renderer/domain/documents/model';
import type { TourBundle } from '../../../renderer/domain/tourBundle';
import { docText } from '../../../renderer/export/docx/docStrings';
import { defaultPresetFor } from '../../../renderer/export/docx/presets';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import { readDocx, W } from './readDocx';
import { loadSample } from './sampleBundle';

const sample = loadSample();
const memoEvent = sample.eventAliases.get('e2')!;

/** The sample with requisites entered for the report, as the Documents screen stores them. */
function withRequisites(bundle: TourBundle): TourBundle {
  return {
    ...bundle,
    tour: {
      ...bundle.tour,
      requisites: {
        place: { ru: 'г. Минск', be: 'г. Мінск', en: 'Minsk', hu: 'Minszk' },
        approval: {
          position: { ru: 'Заместитель Министра внутренних дел', en: 'Deputy Minister of Internal Affairs' },
          name: { ru: 'И.И. Иванов', en: 'I. Ivanov' },
          documents: ['report', 'memo'],
        },
        registration: { report: { date: '2010-10-01', number: '12/345' } },
      },
    },
  };
}

async function read(
  kind: 'report' | 'memo' | 'brief' | 'contacts' | 'programme',
  language: Language,
  bundle = sample.bundle,
) {
  const model = buildDocument(bundle, { kind, language, eventId: memoEvent });
  return {
    model,
    read: await readDocx(await writeDocx(model, defaultPresetFor(language), { tocPageNumbers: false })),
  };
}

describe('an official document a clerk submits untouched', { timeout: 120_000 }, () => {
  it('prints no placeholder text and leaves empty chapters out, naming them', async () => {
    const bundle: TourBundle = {
      ...sample.bundle,
      recommendations: [],
      materials: [],
      tour: { ...sample.bundle.tour, conclusions: {} },
    };
    const { model, read: doc } = await read('report', 'ru', bundle);
    const t = docText('ru');
    expect(doc.text).not.toMatch(/не подготовлены|не сформулированы|не получены|не зафиксированы/);
    expect(doc.text).not.toContain(t('report.recommendations'));
    expect(doc.text).not.toContain(t('report.materials'));
    expect(leftOutSections(model)).toEqual(
      expect.arrayContaining([
        { section: 'recommendations' },
        { section: 'conclusions' },
        { section: 'materials' },
      ]),
    );
  });

  it('gives a key point without findings no chapter, and numbers the others without a gap', async () => {
    const emptyKeyPoint = sample.bundle.themes[1]!;
    const bundle: TourBundle = {
      ...sample.bundle,
      findings: sample.bundle.findings.filter((f) => f.themeId !== emptyKeyPoint.id),
    };
    const model = buildDocument(bundle, { kind: 'report', language: 'ru' }) as ReportDocument;
    expect(model.chapters.map((c) => c.number)).toEqual(model.chapters.map((_, i) => i + 1));
    expect(model.emptyKeyPoints).toEqual([emptyKeyPoint.title.ru]);
    expect(leftOutSections(model)).toContainEqual({ section: 'keyPoint', title: emptyKeyPoint.title.ru });
  });

  it.each(['ru', 'be', 'en', 'hu'] as const)(
    'lists people without an organisation in their own group (%s)',
    async (language) => {
      const t = docText(language);
      for (const kind of ['contacts', 'report'] as const) {
        const { document } = (await read(kind, language)).read;
        const rows = [...document.getElementsByTagNameNS(W, 'tr')].map((tr) => tr.textContent ?? '');
        const group = rows.findIndex((row) => row === t('persons.noOrganisation'));
        expect(group, kind).toBeGreaterThan(0);
        // The interpreter (Molnár Ágnes) is the row right under it.
        expect(rows[group + 1], kind).toMatch(/Мольнар|Molnár/);
      }
    },
  );

  it('sets the document language on the styles, hyphenation, and widow control', async () => {
    for (const [language, locale] of [
      ['ru', 'ru-RU'],
      ['be', 'be-BY'],
      ['en', 'en-GB'],
      ['hu', 'hu-HU'],
    ] as const) {
      const { parts } = (await read('report', language)).read;
      const styles = parts['word/styles.xml']!;
      expect(styles).toMatch(new RegExp(`<w:rPrDefault>[\\s\\S]*<w:lang w:val="${locale}"`));
      expect(styles).toMatch(/<w:pPrDefault><w:pPr>[\s\S]*?<w:widowControl\/>/);
      expect(styles).toMatch(/w:styleId="TableText"[\s\S]*?<w:suppressAutoHyphens\/>[\s\S]*?<\/w:style>/);
      expect(parts['word/settings.xml']).toContain('<w:autoHyphenation/>');
      expect(parts['docProps/core.xml']).not.toContain('Un-named');
    }
  });

  it('prints the approval block, registration, place and year, and the signature block', async () => {
    const bundle = withRequisites(sample.bundle);
    const report = (await read('report', 'ru', bundle)).read;
    expect(report.text).toContain('УТВЕРЖДАЮ');
    expect(report.text).toContain('Заместитель Министра внутренних дел');
    expect(report.text).toMatch(/_+ И\.И\. Иванов/);
    expect(report.text).toContain('01.10.2010 № 12/345');
    expect(report.text).toMatch(/_+ А\.П\. Ковалёв/);
    const footers = Object.entries(report.parts)
      .filter(([name]) => name.startsWith('word/footer'))
      .map(([, xml]) => xml)
      .join('');
    expect(footers).toContain('г. Минск 2010');
    const memo = (await read('memo', 'en', bundle)).read;
    expect(memo.text).toContain('APPROVED');
    expect(memo.text).toMatch(/_+ A\. Kovalev/);
    // A memo is about one visit: its findings do not repeat it.
    expect(memo.text).not.toContain(`${docText('en')('finding.visit')}:`);
    const brief = (await read('brief', 'hu', bundle)).read;
    expect(brief.text).not.toContain('JÓVÁHAGYOM');
    expect(brief.text).toMatch(/_+ A\. Kovaljov/);
  });

  it('keeps the signature block with the lines before it: the last rows of the recommendations, or the conclusions', async () => {
    /** What stands before the signature's table, from the end of the table or paragraph before it. */
    const beforeSignature = (xml: string) => {
      const signature = xml.lastIndexOf('<w:tbl>', xml.indexOf('_ А.П. Ковалёв'));
      return xml.slice(0, signature);
    };
    const plain = (await read('report', 'ru')).read.parts['word/document.xml']!;
    const head = beforeSignature(plain);
    // Right below the recommendations the signature is the table's last row (borderless): the
    // rows above keep with it, as LibreOffice keeps rows together but not always a table with
    // the paragraph after it (the block stood alone on the sample's last page).
    const rows = head.slice(head.lastIndexOf('<w:tblHeader/>')).split('<w:tr>');
    const closing = rows.at(-1)!;
    expect(closing).toContain('<w:gridSpan w:val="6"/>');
    expect(closing).toContain('<w:bottom w:val="nil"/>');
    for (const row of rows.slice(-3, -1)) {
      const paragraphs = row.split('<w:p>').slice(1);
      expect(paragraphs.length).toBeGreaterThan(1);
      for (const p of paragraphs) expect(p).toContain('<w:keepNext/>');
    }
    const bundle: TourBundle = {
      ...sample.bundle,
      tour: { ...sample.bundle.tour, conclusions: { ru: 'Первый вывод.\n\nПоследний вывод делегации.' } },
    };
    const concluded = beforeSignature((await read('report', 'ru', bundle)).read.parts['word/document.xml']!);
    const paragraphs = concluded.split('<w:p>');
    const last = paragraphs.findLast((p) => p.includes('Последний вывод делегации.'))!;
    expect(last).toContain('<w:keepNext/>');
    // The spacer above the signature keeps with it.
    expect(concluded.slice(concluded.lastIndexOf('Последний вывод делегации.'))).toMatch(
      /<w:p><w:pPr><w:pStyle w:val="PlainText"\/><w:keepNext\/><\/w:pPr><\/w:p>$/,
    );
  });

  it('writes delegates in Hungarian transcription in Hungarian documents, the passport form in English', async () => {
    const bundle: TourBundle = {
      ...sample.bundle,
      delegates: sample.bundle.delegates.map((d) =>
        d.familyName === 'Ковалёв' ? { ...d, latinName: { familyName: 'KAVALIOU', givenName: 'ANDREI' } } : d,
      ),
    };
    const hu = (await read('programme', 'hu', bundle)).read.text;
    expect(hu).toContain('Andrej Kovaljov');
    expect(hu).toContain('Viktor Zsuk');
    expect(hu).toContain('Dmitrij Kravcsenko');
    expect((await read('programme', 'en', bundle)).read.text).toContain('ANDREI KAVALIOU');
  });

  it('puts the Hungarian forms of the names on the Hungarian title page and in the delegation table', async () => {
    // Kravchenko's Hungarian form was corrected by the translator; the others are the rules' suggestions.
    const bundle: TourBundle = {
      ...sample.bundle,
      delegates: sample.bundle.delegates.map((d) =>
        d.familyName === 'Кравченко'
          ? { ...d, hungarianName: { familyName: 'Kravcsenko', givenName: 'Dimitrij', checked: true } }
          : d,
      ),
    };
    const { text } = (await read('report', 'hu', bundle)).read;
    const t = docText('hu');
    const contents = text.indexOf(t('report.contents'));
    const titlePage = text.slice(0, contents);
    expect(titlePage).toContain('Andrej Kovaljov');
    const composition = t('report.delegation');
    // The chapter's heading, after its entry in the contents.
    const tableStart = text.indexOf(composition, text.indexOf(composition, contents) + 1);
    expect(tableStart).toBeGreaterThan(0);
    const table = text.slice(tableStart, text.indexOf(t('report.introduction'), tableStart));
    expect(table).toContain('Andrej Kovaljov');
    expect(table).toContain('Viktor Zsuk');
    expect(table).toContain('Dimitrij Kravcsenko');
    // No name is left in Cyrillic: every line that starts a row with a name is in Latin letters.
    for (const delegate of bundle.delegates) expect(table).not.toContain(delegate.familyName);
  });

  it('writes position and rank in the same order everywhere, and full names under a full-name header', async () => {
    const { text } = (await read('report', 'ru')).read;
    expect(text).toContain(docText('ru')('table.fullName'));
    expect(text).toContain(
      'начальник управления охраны правопорядка и профилактики МВД Республики Беларусь, полковник милиции',
    );
    expect(text).not.toMatch(/\(Главное управление полиции Венгрии \(ORFK\)\)/);
  });
});
