import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../renderer/domain/entities';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import { defaultPresetFor } from '../../../renderer/export/docx/presets';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import { loadSample } from './sampleBundle';

/**
 * Integration: the sample report in each language, converted to PDF by LibreOffice as a clerk's
 * office would open it. LibreOffice is a requirement of the test suite (.ci/run installs it):
 * without it these tests fail, they never skip.
 */
const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';

function requireTool(command: string, args: string[]): void {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `${command} is required for this test: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation`,
    );
  }
}

/** Words each language's report must show intact, in its own script. */
const MUST_READ: Record<Language, string[]> = {
  ru: ['Состав делегации', 'Ключевой вопрос 1', 'Рекомендации', 'Ковалёв Андрей Петрович', 'Киш Габор'],
  be: [
    'Склад дэлегацыі',
    'Ключавое пытанне 1',
    'Рэкамендацыі',
    'Кіш Габар',
    'ўзровень',
    'МІНІСТЭРСТВА ЎНУТРАНЫХ',
  ],
  en: ['Composition of the delegation', 'Key point 1', 'Recommendations', 'Andrei Kovalev', 'Gábor Kiss'],
  hu: [
    'A delegáció összetétele',
    '1. kulcskérdés',
    'Ajánlások',
    'közösségi rendőrözési',
    'Szőke Ödön',
    'elősegítő',
  ],
};

describe('the sample report through LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-lo-'));

  // Converted once, on the first test's demand: a missing LibreOffice then fails every test
  // (a failing beforeAll would only mark them skipped).
  let conversion: Promise<void> | undefined;
  const convertAll = async () => {
    requireTool(SOFFICE, ['--version']);
    requireTool('pdftotext', ['-v']);
    const sample = loadSample();
    const files: string[] = [];
    for (const language of LANGUAGES) {
      const model = buildDocument(sample.bundle, { kind: 'report', language });
      const docx = join(dir, `report-${language}.docx`);
      writeFileSync(docx, await writeDocx(model, defaultPresetFor(language)));
      files.push(docx);
    }
    // One LibreOffice start for all four files: starting it is most of the time.
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
      { stdio: 'pipe', timeout: 400_000 },
    );
  };

  it.each(LANGUAGES)(
    'converts to a PDF of A4 pages with its text intact (%s)',
    async (language) => {
      await (conversion ??= convertAll());
      // soffice exits 0 even when it could not load a file: check the PDF itself.
      const pdf = join(dir, `report-${language}.pdf`);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(12);
      expect(pages).toBeLessThanOrEqual(40);
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
      for (const words of MUST_READ[language]) expect(text).toContain(words);
      expect(text).not.toMatch(/\uFFFD/);
    },
    480_000,
  );
});
