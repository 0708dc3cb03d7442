import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../renderer/domain/entities';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import type { DocumentKind } from '../../../renderer/domain/documents/model';
import type { TourBundle } from '../../../renderer/domain/tourBundle';
import { docText } from '../../../renderer/export/docx/docStrings';
import { defaultPresetFor, type PresetId } from '../../../renderer/export/docx/presets';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import { readDocx, W } from './readDocx';
import { loadSample } from './sampleBundle';

/**
 * The documents as a clerk's LibreOffice lays them out (PDF, contents not updated): no word of
 * any table cell is split across lines, no placeholder text, the requisites are printed, the
 * interpreter has her own group. LibreOffice and pdftotext are required (see libreoffice.test.ts).
 */
const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';

const sample = loadSample();
const bundle: TourBundle = {
  ...sample.bundle,
  tour: {
    ...sample.bundle.tour,
    requisites: {
      place: { ru: 'г. Минск', be: 'г. Мінск', en: 'Minsk', hu: 'Minszk' },
      approval: {
        position: {
          ru: 'Заместитель Министра внутренних дел Республики Беларусь',
          be: 'Намеснік Міністра ўнутраных спраў Рэспублікі Беларусь',
          en: 'Deputy Minister of Internal Affairs of the Republic of Belarus',
          hu: 'a Belarusz Köztársaság belügyminiszter-helyettese',
        },
        name: { ru: 'И.И. Иванов', be: 'І.І. Іваноў', en: 'I. Ivanov', hu: 'I. Ivanov' },
        documents: ['report'],
      },
      registration: { report: { date: '2010-10-01', number: '12/345' } },
    },
  },
};

interface Case {
  name: string;
  kind: DocumentKind;
  language: Language;
  preset: PresetId;
}

const CASES: Case[] = [
  ...(['ru', 'be', 'en', 'hu'] as const).flatMap((language) =>
    (['report', 'contacts', 'programme'] as const).map((kind) => ({
      name: `${kind}-${language}`,
      kind,
      language,
      preset: defaultPresetFor(language),
    })),
  ),
  { name: 'report-ru-gost', kind: 'report', language: 'ru', preset: 'ru-gost-r-7.0.97-2016' },
  { name: 'report-ru-a4', kind: 'report', language: 'ru', preset: 'international-a4' },
];

/** Words of a text; a run of contents leader dots ("граждан.......12") separates words too. */
const tokens = (text: string) =>
  text
    .replace(/\.{3,}\s*\d*/gu, ' ')
    .split(/\s+/u)
    .filter((token) => token !== '');

/** A paragraph's text as it is printed: line breaks and tabs are spaces between words. */
function paragraphText(paragraph: Element): string {
  let text = '';
  for (const node of paragraph.getElementsByTagNameNS(W, '*')) {
    if (node.localName === 't') text += node.textContent ?? '';
    else if (node.localName === 'br' || node.localName === 'tab') text += ' ';
  }
  return text;
}

/** A paragraph of the contents (Word's TOC1…TOC9 styles). */
function isContentsEntry(paragraph: Element): boolean {
  const style = paragraph.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '';
  return /^TOC\d$/u.test(style);
}

function counts(words: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of words) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

describe('documents laid out by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-words-'));
  const texts = new Map<
    string,
    { cellWords: string[]; docxWords: string[]; pdf: string; styles: string; settings: string }
  >();

  let conversion: Promise<void> | undefined;
  const convertAll = async () => {
    for (const [command, args] of [
      [SOFFICE, ['--version']],
      ['pdftotext', ['-v']],
    ] as const) {
      const probe = spawnSync(command, args, { encoding: 'utf8' });
      if (probe.error || probe.status !== 0) throw new Error(`${command} is required for this test`);
    }
    const files: string[] = [];
    for (const item of CASES) {
      const model = buildDocument(bundle, { kind: item.kind, language: item.language });
      const bytes = await writeDocx(model, item.preset);
      const read = await readDocx(bytes);
      const cellWords = [...read.document.getElementsByTagNameNS(W, 'tc')].flatMap((cell) =>
        [...cell.getElementsByTagNameNS(W, 'p')].flatMap((p) => tokens(paragraphText(p))),
      );
      // Contents entries print their page number after leader dots, which tokens() drops from the
      // PDF text: they are left out here too, or a page number would count as a split word.
      const docxWords = [...read.document.getElementsByTagNameNS(W, 'p')]
        .filter((p) => !isContentsEntry(p))
        .flatMap((p) => tokens(paragraphText(p)));
      const file = join(dir, `${item.name}.docx`);
      writeFileSync(file, bytes);
      files.push(file);
      texts.set(item.name, {
        cellWords,
        docxWords,
        pdf: '',
        styles: read.parts['word/styles.xml'] ?? '',
        settings: read.parts['word/settings.xml'] ?? '',
      });
    }
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 600_000 },
    );
    for (const item of CASES) {
      const pdf = join(dir, `${item.name}.pdf`);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      // -raw: pdftotext's default mode removes a hyphen at the end of a line and joins the words.
      // A line broken after a hyphen or a dash of the text itself (Rendőr-|főkapitányság) is a
      // break the text allows, not a split word: such lines are joined back.
      texts.get(item.name)!.pdf = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(
        /([-‐–])[ \t]*\n[ \t]*/gu,
        '$1',
      );
    }
  };

  it.each(CASES.map((item) => [item.name, item] as const))(
    'splits no word of any table cell across lines (%s)',
    async (_, item) => {
      await (conversion ??= convertAll());
      const { cellWords, docxWords, pdf } = texts.get(item.name)!;
      // A word split in a cell turns into two tokens in the PDF text: the whole word is then
      // found fewer times in the PDF than the document holds it.
      const inPdf = counts(tokens(pdf));
      const inDocx = counts(docxWords);
      const split = [...new Set(cellWords)].filter(
        (word) => (inPdf.get(word) ?? 0) < (inDocx.get(word) ?? 0),
      );
      expect(split.join(' ')).toBe('');
      expect(cellWords.length).toBeGreaterThan(20);
    },
    900_000,
  );

  it.each((['ru', 'be', 'en', 'hu'] as const).map((language) => [language] as const))(
    'prints requisites, the interpreter in her own group, no placeholder, and says its language (%s)',
    async (language) => {
      await (conversion ??= convertAll());
      const t = docText(language);
      const report = texts.get(`report-${language}`)!;
      const pdf = report.pdf.replace(/\s+/g, ' ');
      expect(pdf).toContain(t('requisites.approve').toUpperCase());
      expect(pdf).toContain('12/345');
      expect(pdf).toMatch(/_{6,} \p{Lu}\. ?(\p{Lu}\. )?\p{Lu}/u);
      expect(pdf).toContain(`${bundle.tour.requisites!.place![language]} 2010`);
      for (const name of [`report-${language}`, `contacts-${language}`]) {
        const text = texts.get(name)!.pdf.replace(/\s+/g, ' ');
        expect(text, name).toContain(t('persons.noOrganisation'));
      }
      expect(pdf).not.toMatch(/ещё не подготовлены|have not been written|még nem|яшчэ не/);
      expect(report.styles).toMatch(/<w:lang w:val="(ru-RU|be-BY|en-GB|hu-HU)"/);
      expect(report.settings).toContain('<w:autoHyphenation/>');
    },
    900_000,
  );
});
