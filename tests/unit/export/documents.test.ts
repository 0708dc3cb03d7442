import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../renderer/domain/entities';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../renderer/domain/documents/model';
import { docText } from '../../../renderer/export/docx/docStrings';
import { PRESETS, PRESET_IDS, defaultPresetFor, mmToTwips } from '../../../renderer/export/docx/presets';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import { attr, headingsIn, readDocx, W, type ReadDocx } from './readDocx';
import { loadSample } from './sampleBundle';

const sample = loadSample();
const memoEvent = sample.eventAliases.get('e2')!;

async function exportDoc(kind: DocumentKind, language: Language, preset = defaultPresetFor(language)) {
  const model = buildDocument(sample.bundle, { kind, language, eventId: memoEvent });
  const bytes = await writeDocx(model, preset, { tocPageNumbers: false });
  return { model, read: await readDocx(bytes) };
}

/** Every interface string long enough to be unmistakable, that is not also a document word. */
function uiOnlyStrings(language: Language): string[] {
  const flatten = (tree: unknown): string[] =>
    typeof tree === 'string' ? [tree] : Object.values(tree as object).flatMap(flatten);
  const ui = flatten(
    JSON.parse(readFileSync(new URL(`../../../locales/ui/${language}.json`, import.meta.url), 'utf8')),
  );
  const doc = flatten(
    JSON.parse(readFileSync(new URL(`../../../locales/doc/${language}.json`, import.meta.url), 'utf8')),
  );
  // A term both locales use ("Key point" in "Key point {{number}}. {{title}}") is a document word too.
  return ui.filter(
    (value) => value.length >= 16 && !value.includes('{{') && !doc.some((word) => word.includes(value)),
  );
}

const CYRILLIC_KISS: Record<'ru' | 'be', RegExp> = { ru: /Киш Габор/, be: /Кіш Габар/ };

describe.each(LANGUAGES)('documents from the sample in %s', (language) => {
  const t = docText(language);
  const docs = {} as Record<DocumentKind, { read: ReadDocx }>;

  beforeAll(async () => {
    for (const kind of DOCUMENT_KINDS) docs[kind] = await exportDoc(kind, language);
  }, 120_000);

  it('writes every document as well-formed XML with the document title', () => {
    for (const kind of DOCUMENT_KINDS) {
      const { text } = docs[kind].read;
      const title = kind === 'report' ? t('titles.reportShort').toUpperCase() : t(`titles.${kind}`);
      expect(text, kind).toContain(title);
      expect(text, kind).toContain(t('ministry').toUpperCase());
    }
  });

  it('gives the report real Heading 1–3 paragraphs: chapters, kinds of findings, findings', () => {
    const { html } = docs.report.read;
    const h1 = headingsIn(html, 1);
    expect(h1).toContain(t('report.delegation'));
    expect(h1).toContain(t('report.introduction'));
    expect(h1).toContain(t('report.recommendations'));
    // The sample has no conclusions: the chapter is left out, never "not written yet".
    expect(h1).not.toContain(t('report.conclusions'));
    expect(
      h1.filter((h) => h.startsWith(t('report.keyPoint', { number: 1, title: '' }).trim())),
    ).toHaveLength(1);
    // Annexes: the titles are chapters of the contents; the marks are not headings.
    expect(h1).toContain(t('report.fullProgramme'));
    expect(h1).toContain(t('report.personsMet'));
    expect(h1.filter((h) => h.includes(t('report.annexMark', { number: 1 })))).toHaveLength(0);
    expect(headingsIn(html, 2)).toContain(t('kinds.good-practice'));
    expect(headingsIn(html, 3).filter((h) => /^1\.1\. /.test(h))).toHaveLength(1);
  });

  it('marks every annex in the top right corner of its first page, above its title', () => {
    const { document } = docs.report.read;
    const paragraphs = [...document.getElementsByTagNameNS(W, 'p')];
    const text = (p: Element) =>
      [...p.getElementsByTagNameNS(W, 't')].map((node) => node.textContent ?? '').join('');
    for (const number of [1, 2, 3]) {
      const at = paragraphs.findIndex((p) => text(p) === t('report.annexMark', { number }));
      expect(at, `annex ${number}`).toBeGreaterThan(0);
      const mark = paragraphs[at]!;
      const jc = mark.getElementsByTagNameNS(W, 'jc')[0];
      expect(jc && attr(jc, 'val')).toBe('right');
      expect(mark.getElementsByTagNameNS(W, 'pageBreakBefore')).toHaveLength(1);
      expect(mark.getElementsByTagNameNS(W, 'keepNext')).toHaveLength(1);
      const next = paragraphs[at + 1]!;
      expect(
        next.getElementsByTagNameNS(W, 'pStyle')[0] &&
          attr(next.getElementsByTagNameNS(W, 'pStyle')[0]!, 'val'),
      ).toBe('Heading1');
    }
  });

  it('has a table of contents field over the chapters (Heading 1)', () => {
    const xml = docs.report.read.parts['word/document.xml']!;
    expect(xml).toMatch(/TOC \\h \\o &quot;1-1&quot;/);
  });

  it('lists the seven recommendations in a table whose header row repeats on every page, closed by the signature', () => {
    const { document } = docs.report.read;
    const table = [...document.getElementsByTagNameNS(W, 'tbl')].find((tbl) =>
      (tbl.textContent ?? '').includes(t('table.recommendation')),
    );
    expect(table).toBeDefined();
    const rows = [...table!.getElementsByTagNameNS(W, 'tr')].filter((tr) => tr.parentNode === table);
    // The header, seven recommendations, and the head of delegation's signature in a borderless last row.
    expect(rows).toHaveLength(1 + 7 + 1);
    expect(rows[0]!.getElementsByTagNameNS(W, 'tblHeader')).toHaveLength(1);
    expect(rows[1]!.textContent).toContain(t('priority.high'));
    expect(rows[8]!.textContent).toContain(t('report.delegationHead'));
    expect(
      rows[8]!
        .getElementsByTagNameNS(W, 'tcBorders')[0]
        ?.getElementsByTagNameNS(W, 'bottom')[0]
        ?.getAttributeNS(W, 'val'),
    ).toBe('nil');
  });

  it('writes the names of people in the script of the document language', () => {
    const { text } = docs.contacts.read;
    if (language === 'ru' || language === 'be') {
      expect(text).toMatch(CYRILLIC_KISS[language]);
      expect(text).not.toContain('Kiss Gábor');
      expect(docs.report.read.text).toContain('Ковалёв Андрей Петрович');
    } else {
      expect(text).toContain(language === 'hu' ? 'Kiss Gábor' : 'Kiss, Gábor');
      expect(docs.report.read.text).toContain(language === 'hu' ? 'Andrej Kovaljov' : 'Andrei Kovalev');
      expect(docs.report.read.text).not.toMatch(/Ковалёв/);
    }
  });

  it('contains no interface string', () => {
    const strings = uiOnlyStrings(language);
    expect(strings.length).toBeGreaterThan(20);
    for (const kind of DOCUMENT_KINDS) {
      // Whole words only: "Negatív tanulság" (a UI label) is part of the document word "Negatív tanulságok".
      const found = strings.filter((s) =>
        new RegExp(`(?<!\\p{L})${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(
          docs[kind].read.text,
        ),
      );
      expect(found, kind).toEqual([]);
    }
  });

  it('sets the page size, margins and numbering of the default preset', () => {
    const preset = PRESETS[defaultPresetFor(language)];
    for (const kind of DOCUMENT_KINDS) {
      const { document } = docs[kind].read;
      const size = document.getElementsByTagNameNS(W, 'pgSz')[0];
      const margin = document.getElementsByTagNameNS(W, 'pgMar')[0];
      expect(attr(size, 'w')).toBe(String(mmToTwips(210)));
      expect(attr(size, 'h')).toBe(String(mmToTwips(297)));
      expect(attr(margin, 'left')).toBe(String(mmToTwips(preset.page.margins.leftMm)));
      expect(attr(margin, 'right')).toBe(String(mmToTwips(preset.page.margins.rightMm)));
      expect(attr(margin, 'top')).toBe(String(mmToTwips(preset.page.margins.topMm)));
      expect(attr(margin, 'bottom')).toBe(String(mmToTwips(preset.page.margins.bottomMm)));
      expect(document.getElementsByTagNameNS(W, 'titlePg')).toHaveLength(1);
    }
  });
});

describe('presets', () => {
  let stb: ReadDocx;
  beforeAll(async () => {
    stb = (await exportDoc('programme', 'be', 'by-stb-6.38-2016')).read;
  }, 60_000);

  it('STB 6.38-2016: Times New Roman 15 pt, black bold headings with outline levels, justified with a 1.25 cm indent', () => {
    const styles = stb.parts['word/styles.xml']!;
    const docDefaults = stb.styles.getElementsByTagNameNS(W, 'docDefaults')[0]!;
    expect(attr(docDefaults.getElementsByTagNameNS(W, 'rFonts')[0], 'ascii')).toBe('Times New Roman');
    expect(attr(docDefaults.getElementsByTagNameNS(W, 'sz')[0], 'val')).toBe('30');
    expect(attr(docDefaults.getElementsByTagNameNS(W, 'jc')[0], 'val')).toBe('both');
    expect(attr(docDefaults.getElementsByTagNameNS(W, 'ind')[0], 'firstLine')).toBe('709');
    for (const level of [1, 2, 3]) {
      const style = [...stb.styles.getElementsByTagNameNS(W, 'style')].find(
        (s) => attr(s, 'styleId') === `Heading${level}`,
      )!;
      expect(attr(style.getElementsByTagNameNS(W, 'outlineLvl')[0], 'val')).toBe(String(level - 1));
      expect(attr(style.getElementsByTagNameNS(W, 'color')[0], 'val')).toBe('000000');
      expect(attr(style.getElementsByTagNameNS(W, 'rFonts')[0], 'ascii')).toBe('Times New Roman');
      expect(style.getElementsByTagNameNS(W, 'b').length).toBeGreaterThan(0);
    }
    expect(styles).not.toMatch(/2E74B5|4472C4|Calibri Light/);
  });

  it('STB 6.38-2016: page number centred in the header, none on the first page', () => {
    const { document, parts } = stb;
    const refs = [...document.getElementsByTagNameNS(W, 'headerReference')];
    const partOf = (type: string) => {
      const id = refs.find((r) => attr(r, 'type') === type)?.getAttribute('r:id');
      const rels = parts['word/_rels/document.xml.rels']!;
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return parts[`word/${target}`] ?? '';
    };
    expect(partOf('default')).toMatch(/PAGE/);
    expect(partOf('default')).toMatch(/<w:jc w:val="center"\/>/);
    expect(partOf('first')).not.toMatch(/PAGE/);
  });

  it.each(PRESET_IDS)(
    '%s writes its own margins and body size',
    async (id) => {
      const { read } = await exportDoc('brief', 'ru', id);
      const preset = PRESETS[id];
      const margin = read.document.getElementsByTagNameNS(W, 'pgMar')[0];
      expect(attr(margin, 'left')).toBe(String(mmToTwips(preset.page.margins.leftMm)));
      const docDefaults = read.styles.getElementsByTagNameNS(W, 'docDefaults')[0]!;
      expect(attr(docDefaults.getElementsByTagNameNS(W, 'sz')[0], 'val')).toBe(
        String(preset.font.bodyPt * 2),
      );
    },
    60_000,
  );
});
