import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import { paginate } from '../../../renderer/export/docx/layout/paginate';
import type { Section, TableBlock, TableRow } from '../../../renderer/export/docx/layout/readBody';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import { loadSample } from './sampleBundle';

/** An A4 page with 2 cm margins: 14,570 twips of text height. */
const PAGE: Section = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1134, right: 1134 };

const row = (height: number, keepNext = false, header = false): TableRow => ({
  header,
  cantSplit: true,
  keepNext,
  height: { value: height, rule: 'exact' },
  cells: [{ width: 9000, blocks: [] }],
});

const tableOf = (rows: TableRow[]): TableBlock => ({
  kind: 'table',
  margins: { left: 0, right: 0, top: 0, bottom: 0 },
  border: 0,
  rows,
  bookmarks: [],
});

/** The page the table ends on and the height it fills there. */
function tableEnd(table: TableBlock): { page: number; y: number } {
  let end = { page: 0, y: 0 };
  const layout = paginate(
    [table],
    PAGE,
    () => '1',
    (_block, _page, y) => (end = { page: 0, y }),
  );
  return { page: layout.pageCount, y: end.y };
}

/**
 * The rows of the document's table (with a header row) whose text contains `marker`, each as its
 * paragraphs' keepNext flags.
 */
function rowKeepsOfTable(xml: string, marker: string): boolean[][] {
  const tables = xml
    .split('<w:tbl>')
    .slice(1)
    .map((t) => t.split('</w:tbl>')[0] ?? '');
  const table = tables.find((t) => t.includes(marker) && t.includes('<w:tblHeader/>')) ?? '';
  return table
    .split('<w:tr>')
    .slice(1)
    .map((tr) =>
      tr
        .split('<w:p>')
        .slice(1)
        .map((p) => p.includes('<w:keepNext/>')),
    );
}

describe('no page of a table holds one row alone', () => {
  it('lays out a row that keeps with the next on the page of that row', () => {
    // Header (400) and seven rows of 2,000 fill 14,400 of 14,570 twips: the eighth goes over.
    const rows = (keepSeventh: boolean) => [
      row(400, false, true),
      ...Array.from({ length: 7 }, (_, i) => row(2000, keepSeventh && i === 6)),
      row(2000),
    ];
    // Without the keep, the last row is alone under the repeated header on page 2.
    expect(tableEnd(tableOf(rows(false)))).toEqual({ page: 2, y: 2400 });
    // With it, the seventh row goes along.
    expect(tableEnd(tableOf(rows(true)))).toEqual({ page: 2, y: 4400 });
  });

  it('keeps the row that starts the page where it is, whatever keeps with it', () => {
    // Every row keeps with the next: no row can move without all of them; breaks fall as they must.
    const rows = [row(400, false, true), ...Array.from({ length: 10 }, () => row(2000, true))];
    expect(tableEnd(tableOf(rows))).toEqual({ page: 2, y: 400 + 3 * 2000 });
  });

  it('writes the recommendations table with its last two rows kept together and with the signature, day rows with their first event, the last group with the entry above it', async () => {
    const { bundle } = loadSample();
    const model = buildDocument(bundle, { kind: 'report', language: 'en' });
    const bytes = await writeDocx(model, 'international-a4', { tocPageNumbers: false });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);

    const recommendations = rowKeepsOfTable(xml, 'Ввести учёт обращений');
    // The header, the recommendations, and the signature's row (cut at the table nested in it).
    const body = recommendations.slice(1, -1);
    expect(body.length).toBeGreaterThanOrEqual(3);
    // The last two rows keep with the next (every paragraph of them): the last with the signature.
    expect(body.at(-1)!.every(Boolean)).toBe(true);
    expect(body.at(-2)!.every(Boolean)).toBe(true);
    for (const earlier of body.slice(0, -2)) expect(earlier.some(Boolean)).toBe(false);

    // The programme annex: a day's row stays with its first event.
    const programme = rowKeepsOfTable(xml, '19 September 2010 (Sunday)');
    const dayRow = programme.findIndex((paragraphs) => paragraphs.length === 1 && paragraphs[0]);
    expect(dayRow).toBeGreaterThan(0);

    // The persons met: the interpreter alone in the last group keeps the person above the group
    // with her, so that the last page of the table never holds her alone (it did in ru and be).
    const persons = rowKeepsOfTable(xml, 'molnar.agnes@example.hu');
    const [aboveGroup, group, last] = persons.slice(-3);
    expect(last!.some(Boolean)).toBe(false);
    expect(group).toEqual([true]);
    expect(aboveGroup!.length).toBeGreaterThan(1);
    expect(aboveGroup!.every(Boolean)).toBe(true);
  });

  it('closes a key point with its recommendations in one row that may not split, kept with the last finding', async () => {
    const { bundle } = loadSample();
    const model = buildDocument(bundle, { kind: 'report', language: 'en' });
    const bytes = await writeDocx(model, 'international-a4', { tocPageNumbers: false });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    // Key point 5's two recommendations: LibreOffice, laying the report out again after updating
    // the contents, had left no. 6 alone on a page although no. 5 kept with it.
    const chapter = xml.slice(xml.lastIndexOf('Key point 5.'));
    const heading = chapter.indexOf('Recommendations on the key point');
    const block = chapter.slice(chapter.indexOf('<w:tbl>', heading), chapter.indexOf('</w:tbl>', heading));
    expect(block).toContain('<w:cantSplit/>');
    expect(block).toContain('Изучить возможность передачи');
    expect(block).toContain('Ввести учёт обращений');
    expect(block).not.toContain('<w:tblHeader/>');
    // The last finding's last line keeps with the heading, so the block never opens a page alone.
    const before = chapter.slice(0, heading).split('<w:p>');
    const applicability = before.findLast((p) => p.includes('Applicability in Belarus'))!;
    expect(applicability).toContain('<w:keepNext/>');
  });
});
