import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../renderer/domain/entities';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import { defaultPresetFor, PRESET_IDS, type PresetId } from '../../../renderer/export/docx/presets';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import { generateTour, type TourScale } from '../../bench/generate/largeTour';
import { docText } from '../../../renderer/export/docx/docStrings';
import { contentsEntries, loneTailPages, pdfPageTexts, printedPages } from './contentsPages';
import { loadSample } from './sampleBundle';

/**
 * The contents' page numbers as the file holds them, against the pages LibreOffice prints the
 * headings on. LibreOffice converts the files as they are (`--convert-to pdf` does not update
 * the contents), so what is checked is the number the export wrote. LibreOffice and poppler are
 * requirements of the suite (.ci/run installs them): without them these tests fail.
 */
const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';

/** A tour of 200 findings, 30 photos and 40 recommendations: a long report, quick to generate. */
const TOUR_OF_200: TourScale = {
  days: 6,
  events: 24,
  organisations: 20,
  contacts: 60,
  findings: 200,
  recommendations: 40,
  photos: 30,
  materials: 10,
  photoPool: 3,
  photoWidth: 320,
  photoHeight: 240,
};

interface Case {
  name: string;
  language: Language;
  file: string;
  bytes: Uint8Array;
}

function requireTool(command: string, args: string[]): void {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error || probe.status !== 0)
    throw new Error(
      `${command} is required: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation`,
    );
}

describe('the contents of the report give the pages its headings are printed on (LibreOffice)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-contents-'));
  const sampleCases: [Language, PresetId][] = [
    ...LANGUAGES.map((language): [Language, PresetId] => [language, defaultPresetFor(language)]),
    ...PRESET_IDS.filter((preset) => preset !== defaultPresetFor('ru')).map(
      (preset): [Language, PresetId] => ['ru', preset],
    ),
  ];
  const names = [
    ...sampleCases.map(([language, preset]) => `sample-${language}-${preset}`),
    'tour-of-200-ru',
  ];

  // Written and converted once, on the first test's demand (one LibreOffice start for all files).
  let converted: Promise<Map<string, Case>> | undefined;
  const convertAll = async (): Promise<Map<string, Case>> => {
    requireTool(SOFFICE, ['--version']);
    requireTool('pdftotext', ['-v']);
    const cases = new Map<string, Case>();
    const sample = loadSample();
    for (const [language, preset] of sampleCases) {
      const model = buildDocument(sample.bundle, { kind: 'report', language });
      const name = `sample-${language}-${preset}`;
      cases.set(name, {
        name,
        language,
        file: join(dir, `${name}.docx`),
        bytes: await writeDocx(model, preset),
      });
    }
    const tour = generateTour(TOUR_OF_200, 15);
    const model = buildDocument(tour, {
      kind: 'report',
      language: 'ru',
      onlyIncludedFindings: false,
      eventId: null,
    });
    const name = 'tour-of-200-ru';
    cases.set(name, {
      name,
      language: 'ru',
      file: join(dir, `${name}.docx`),
      bytes: await writeDocx(model, 'by-stb-6.38-2016'),
    });
    for (const c of cases.values()) writeFileSync(c.file, c.bytes);
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...[...cases.values()].map((c) => c.file),
      ],
      { stdio: 'pipe', timeout: 900_000 },
    );
    return cases;
  };

  it.each(names)(
    '%s: every entry has the page its heading is printed on',
    async (name) => {
      const c = (await (converted ??= convertAll())).get(name);
      if (!c) throw new Error(`no case ${name}`);
      const entries = contentsEntries(c.bytes);
      expect(entries.length).toBeGreaterThanOrEqual(8);
      for (const entry of entries) expect(entry.page).toMatch(/^\d+$/);
      const printed = printedPages(entries, pdfPageTexts(c.file.replace(/\.docx$/, '.pdf')));
      expect(entries.map((e, i) => `${e.title}: ${printed[i]}`)).toEqual(
        entries.map((e) => `${e.title}: ${e.page}`),
      );
    },
    900_000,
  );

  // The sample's reports: a tour generated with photos may end a page with a photo and its caption.
  it.each(names.filter((name) => name.startsWith('sample-')))(
    '%s: no page holds one recommendation, one row or the signature block alone',
    async (name) => {
      const c = (await (converted ??= convertAll())).get(name);
      if (!c) throw new Error(`no case ${name}`);
      const pages = pdfPageTexts(c.file.replace(/\.docx$/, '.pdf'));
      expect(loneTailPages(pages, docText(c.language)('report.delegationHead'))).toEqual([]);
    },
    900_000,
  );
});
