import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../renderer/domain/report/buildDocument';
import type { ReportDocument } from '../../../renderer/domain/report/model';
import { CONTENTS_LAYOUT_MAX_ITEMS } from '../../../renderer/domain/report/contentsLayout';
import { contentsPageNumbers } from '../../../renderer/export/docx/contentsPageNumbers';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import { readDocx } from './readDocx';
import { loadSample } from './sampleBundle';

describe("the report's contents: page numbers laid out only when it takes seconds, not minutes", () => {
  const { bundle } = loadSample();
  const report = buildDocument(bundle, { kind: 'report', language: 'ru' }) as ReportDocument;
  // The sample's recommendations repeated past the limit: a tour far larger than a week's.
  const row = report.recommendations[0]!;
  const large: ReportDocument = {
    ...report,
    recommendations: Array.from({ length: CONTENTS_LAYOUT_MAX_ITEMS + 1 }, (_, i) => ({
      ...row,
      number: i + 1,
    })),
  };

  it('lays out a report of a real week and leaves out a larger one, unless told', () => {
    expect(contentsPageNumbers(report, undefined)).toBeDefined();
    expect(contentsPageNumbers(large, undefined)).toBeUndefined();
    expect(contentsPageNumbers(large, true)).toBeDefined();
    expect(contentsPageNumbers(report, false)).toBeUndefined();
    const programme = buildDocument(bundle, { kind: 'programme', language: 'ru' });
    expect(contentsPageNumbers(programme, true)).toBeUndefined();
  });

  it('still lists every chapter in the contents of a large report, for Word to number', async () => {
    const read = await readDocx(await writeDocx(large, 'by-stb-6.38-2016'));
    const entries = read.parts['word/document.xml']!.match(/PAGEREF _Toc\d+/g) ?? [];
    expect(entries.length).toBeGreaterThanOrEqual(report.chapters.length);
    expect(read.parts['word/document.xml']).toContain('w:dirty="true"');
  }, 60_000);
});
