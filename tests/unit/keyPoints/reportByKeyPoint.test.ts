import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import type { BriefDocument, ReportDocument } from '../../../renderer/domain/documents/model';
import { leftOutSections, reportLeftOut } from '../../../renderer/domain/documents/leftOut';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import { docText } from '../../../renderer/export/docx/docStrings';
import type { TourBundle } from '../../../renderer/domain/tourBundle';
import { headingsIn, readDocx } from '../export/readDocx';
import { loadSample } from '../export/sampleBundle';

const sample = loadSample();
const t = docText('ru');

/** The sample with conclusions on its first key point and general ones. */
function withConclusions(bundle: TourBundle): TourBundle {
  return {
    ...bundle,
    tour: { ...bundle.tour, conclusions: { ru: 'Опыт Венгрии полезен.' } },
    themes: bundle.themes.map((theme) =>
      theme.order === 0
        ? { ...theme, conclusions: { ru: 'Планирование работы с населением нужно.' } }
        : theme,
    ),
  };
}

describe('the report by key point', () => {
  it("derives the sample's recommendations' key points from their findings at import", () => {
    const themeOf = new Map(sample.bundle.findings.map((f) => [f.id, f.themeId]));
    const order = new Map(sample.bundle.themes.map((theme) => [theme.id, theme.order]));
    for (const rec of sample.bundle.recommendations) {
      const expected = [...new Set(rec.findingIds.map((id) => themeOf.get(id)!))].sort(
        (a, b) => order.get(a)! - order.get(b)!,
      );
      expect(rec.themeIds).toEqual(expected);
    }
    // r1 draws on key points 1 and 4.
    expect(sample.bundle.recommendations[0]!.themeIds).toHaveLength(2);
  });

  it('ends each chapter with its conclusions and its recommendations, numbered as in the summary table', () => {
    const model = buildDocument(withConclusions(sample.bundle), {
      kind: 'report',
      language: 'ru',
    }) as ReportDocument;
    expect(model.chapters.map((c) => c.recommendations.map((r) => r.number))).toEqual([
      [1, 4],
      [3, 4, 7],
      [2],
      [1, 5],
      [5, 6],
    ]);
    expect(model.chapters[0]!.conclusions).toEqual([
      { type: 'paragraph', text: 'Планирование работы с населением нужно.' },
    ]);
    expect(model.chapters[1]!.conclusions).toEqual([]);
    expect(model.recommendations.map((r) => r.keyPoints)).toEqual([
      ['1', '4'],
      ['3'],
      ['2'],
      ['1', '2'],
      ['4', '5'],
      ['5'],
      ['2'],
    ]);
  });

  it('names a key point left out of the report by its title in the summary table', () => {
    const second = sample.bundle.themes.find((theme) => theme.order === 1)!;
    const model = buildDocument(sample.bundle, {
      kind: 'report',
      language: 'ru',
      themeIds: sample.bundle.themes.filter((theme) => theme.id !== second.id).map((theme) => theme.id),
    }) as ReportDocument;
    expect(model.recommendations[2]!.keyPoints).toEqual([second.title.ru]);
    // Chapters renumbered without the gap: key point 3 is chapter 2 now.
    expect(model.recommendations[1]!.keyPoints).toEqual(['2']);
  });

  it('flags the key points with findings but no conclusions, as the Overview does', () => {
    const bundle = withConclusions(sample.bundle);
    const model = buildDocument(bundle, { kind: 'report', language: 'ru' });
    const fromModel = leftOutSections(model);
    expect(fromModel.filter((s) => s.section === 'keyPointConclusions')).toHaveLength(4);
    expect(fromModel.some((s) => s.section === 'conclusions')).toBe(false);
    expect(reportLeftOut(bundle, 'ru')).toEqual(fromModel);
    // Without any conclusions: the general chapter and all five key points.
    const bare = reportLeftOut(sample.bundle, 'ru');
    expect(bare.filter((s) => s.section === 'keyPointConclusions')).toHaveLength(5);
    expect(bare.some((s) => s.section === 'conclusions')).toBe(true);
  });

  it('writes the conclusions and recommendations at the end of the chapter and a key point column', async () => {
    const model = buildDocument(withConclusions(sample.bundle), { kind: 'report', language: 'ru' });
    const { text, html } = await readDocx(
      await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: false }),
    );
    const h2 = headingsIn(html, 2);
    expect(h2.filter((h) => h === t('report.keyPointRecommendations'))).toHaveLength(5);
    expect(h2.filter((h) => h === t('report.keyPointConclusions'))).toHaveLength(1);
    // The last mention of each chapter's heading: the first ones are in the contents.
    const start = text.lastIndexOf(t('report.keyPoint', { number: 1, title: '' }).trim());
    const end = text.lastIndexOf(t('report.keyPoint', { number: 2, title: '' }).trim());
    const first = text.slice(start, end);
    expect(first).toContain('Планирование работы с населением нужно.');
    expect(first.indexOf(t('report.keyPointConclusions'))).toBeLessThan(
      first.indexOf(t('report.keyPointRecommendations')),
    );
    expect(html).toContain(`<th><p>${t('table.keyPoint')}</p></th>`);
  });
});

describe('the round-table brief', () => {
  it('is organised by the five key points, each recommendation under each of its key points', () => {
    const model = buildDocument(sample.bundle, { kind: 'brief', language: 'ru' }) as BriefDocument;
    expect(model.sections?.map((s) => s.keyPoint?.number)).toEqual([1, 2, 3, 4, 5]);
    expect(model.sections?.map((s) => s.recommendations.map((r) => r.number))).toEqual([
      [1, 4],
      [3, 4, 7],
      [2],
      [1, 5],
      [5, 6],
    ]);
    expect(model.recommendations).toHaveLength(7);
  });

  it('puts recommendations tied to no key point last, under general proposals, and writes key point headings', async () => {
    const bundle = {
      ...sample.bundle,
      recommendations: sample.bundle.recommendations.map((rec, i) =>
        i === 6 ? { ...rec, themeIds: [] } : rec,
      ),
    };
    const model = buildDocument(bundle, { kind: 'brief', language: 'ru' }) as BriefDocument;
    expect(model.sections?.at(-1)).toEqual(
      expect.objectContaining({ keyPoint: null, recommendations: [expect.objectContaining({ number: 7 })] }),
    );
    const { html } = await readDocx(await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: false }));
    const h1 = headingsIn(html, 1);
    expect(h1).toHaveLength(6);
    expect(h1[0]).toMatch(/^Ключевой вопрос 1\. /);
    expect(h1[5]).toBe(t('brief.general'));
  });
});
