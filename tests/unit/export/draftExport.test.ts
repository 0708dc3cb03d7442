import { describe, expect, it } from 'vitest';
import type { Language } from '../../../renderer/domain/entities';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import { defaultPresetFor, type PresetId } from '../../../renderer/export/docx/presets';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import { readDocx, W } from './readDocx';
import { loadSample } from './sampleBundle';

const sample = loadSample();

async function exportReport(
  language: Language,
  draft: boolean,
  preset: PresetId = defaultPresetFor(language),
) {
  const model = buildDocument(sample.bundle, { kind: 'report', language });
  const read = await readDocx(await writeDocx(model, preset, { tocPageNumbers: false, draft }));
  return { model, read };
}

/** The texts of the runs of word/document.xml that carry a highlight. */
function highlightedRuns(document: Document): string[] {
  return [...document.getElementsByTagNameNS(W, 'r')]
    .filter((run) => run.getElementsByTagNameNS(W, 'highlight').length > 0)
    .map((run) => [...run.getElementsByTagNameNS(W, 't')].map((t) => t.textContent ?? '').join(''));
}

const headers = (parts: Record<string, string>) =>
  Object.entries(parts)
    .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
    .map(([, xml]) => xml);

describe('a draft export', { timeout: 120_000 }, () => {
  it('carries the draft mark in the header of every page, title page included, in the document language', async () => {
    for (const [language, mark] of [
      ['ru', 'ПРОЕКТ'],
      ['be', 'ПРАЕКТ'],
      ['en', 'DRAFT'],
      ['hu', 'TERVEZET'],
    ] as const) {
      const { parts } = (await exportReport(language, true)).read;
      const all = headers(parts);
      // The default and the first-page header (the title page has its own).
      expect(all.length).toBeGreaterThanOrEqual(2);
      for (const xml of all) expect(xml).toContain(mark);
    }
  });

  it('puts the mark on the page-number line, whether the numbers are in the header or the footer', async () => {
    for (const preset of ['by-stb-6.38-2016', 'international-a4'] as const) {
      const { parts } = (await exportReport('ru', true, preset)).read;
      for (const xml of headers(parts)) {
        expect(xml.match(/<w:p>|<w:p /g)?.length).toBe(1);
        expect(xml).toContain('ПРОЕКТ');
      }
    }
  });

  it('highlights the texts taken from another language and nothing written in the document language', async () => {
    const { model, read } = await exportReport('be', true);
    const fallbackTitles = model.fallbacks
      .filter((f) => f.record === 'finding' && f.field === 'title')
      .map((f) => f.text ?? '');
    expect(fallbackTitles.length).toBeGreaterThan(0);
    const marked = highlightedRuns(read.document);
    for (const title of fallbackTitles) expect(marked.some((run) => run.includes(title))).toBe(true);
    // Fixed words of the document are in its language: never highlighted.
    expect(marked.join('\n')).not.toContain('Склад дэлегацыі');
    expect(marked.join('\n')).not.toContain('ПРАЕКТ');
  });

  it('is not what a final export writes: no mark, no highlight', async () => {
    const { read } = await exportReport('be', false);
    for (const xml of headers(read.parts)) expect(xml).not.toContain('ПРАЕКТ');
    expect(highlightedRuns(read.document)).toEqual([]);
  });
});
