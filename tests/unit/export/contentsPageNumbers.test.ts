import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import type { ReportDocument } from '../../../renderer/domain/documents/model';
import { contentsPageNumbers } from '../../../renderer/export/docx/contentsPageNumbers';
import type { ContentsLayoutReport } from '../../../renderer/export/docx/layout/layoutEstimator';
import { unmeasuredCharacters } from '../../../renderer/export/docx/layout/unmeasured';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import { contentsEntries } from './contentsPages';
import { loadSample } from './sampleBundle';

const settingsOf = (bytes: Uint8Array) =>
  strFromU8(unzipSync(bytes)['word/settings.xml'] ?? new Uint8Array());

describe("the report's contents: page numbers for every report, whatever its size", () => {
  const { bundle } = loadSample();
  const report = buildDocument(bundle, { kind: 'report', language: 'ru' }) as ReportDocument;
  // The sample's recommendations repeated far past the old limit of 500 items.
  const row = report.recommendations[0]!;
  const large: ReportDocument = {
    ...report,
    recommendations: Array.from({ length: 1200 }, (_, i) => ({ ...row, number: i + 1 })),
  };

  it('lays out every report, and no other document', () => {
    expect(contentsPageNumbers(report, undefined)).toBeDefined();
    expect(contentsPageNumbers(large, undefined)).toBeDefined();
    expect(contentsPageNumbers(report, false)).toBeUndefined();
    const programme = buildDocument(bundle, { kind: 'programme', language: 'ru' });
    expect(contentsPageNumbers(programme, undefined)).toBeUndefined();
  });

  it('numbers every entry of a large report, in page order, without asking Word to update', async () => {
    let heard: ContentsLayoutReport | undefined;
    const bytes = await writeDocx(large, 'by-stb-6.38-2016', { onContentsLayout: (r) => (heard = r) });
    const entries = contentsEntries(bytes);
    expect(entries.length).toBeGreaterThanOrEqual(report.chapters.length + 5);
    const pages = entries.map((entry) => Number(entry.page));
    for (const page of pages) expect(page).toBeGreaterThan(1);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    // 1,200 table rows take dozens of pages between the recommendations and the conclusions.
    const recommendations = entries.findIndex((e) => e.title === 'Рекомендации');
    expect(pages[recommendations + 1]! - pages[recommendations]!).toBeGreaterThan(40);
    expect(heard).toMatchObject({ guessed: 0, bookmarks: entries.length });
    expect(heard!.pageCount).toBeGreaterThanOrEqual(pages.at(-1)!);
    expect(settingsOf(bytes)).not.toContain('updateFields');
  }, 120_000);

  it('asks Word to update the contents only when a text has characters the layout cannot measure', async () => {
    const withChinese: ReportDocument = {
      ...report,
      tour: { ...report.tour, conclusions: `${report.tour.conclusions}\n\n会议纪要 — 北京` },
    };
    expect(unmeasuredCharacters(report)).toEqual([]);
    expect(unmeasuredCharacters(withChinese)).toEqual(['会', '议', '纪', '要', '北', '京']);
    let heard: ContentsLayoutReport | undefined;
    const bytes = await writeDocx(withChinese, 'by-stb-6.38-2016', { onContentsLayout: (r) => (heard = r) });
    expect(settingsOf(bytes)).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
    expect(heard!.guessed).toBeGreaterThan(0);
    // Still numbered: a best guess is written, never a blank entry.
    for (const entry of contentsEntries(bytes)) expect(entry.page).toMatch(/^\d+$/);
  }, 60_000);
});
