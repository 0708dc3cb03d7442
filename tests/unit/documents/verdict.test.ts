import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import type { Fallback } from '../../../renderer/domain/documents/fallbacks';
import { documentVerdict } from '../../../renderer/domain/documents/verdict';
import { reconcileTranslationMeta } from '../../../renderer/domain/translations';
import { loadSample } from '../export/sampleBundle';

const fallback = (over: Partial<Fallback>): Fallback => ({
  record: 'finding',
  recordId: 'f1',
  field: 'title',
  label: 'A finding',
  usedLanguage: 'ru',
  ...over,
});

describe('the verdict on a document', () => {
  it('is ready when every text is in the document language', () => {
    expect(documentVerdict([])).toEqual({
      ready: true,
      total: 0,
      sections: [],
      review: { count: 0, textKeys: [], labels: [] },
    });
  });

  it('counts the texts taken from another language by section, in the order of the report', () => {
    const verdict = documentVerdict([
      fallback({ record: 'recommendation', recordId: 'r1', field: 'text' }),
      fallback({ recordId: 'f1', field: 'title' }),
      fallback({ recordId: 'f1', field: 'text' }),
      fallback({ record: 'contact', recordId: 'c1', field: 'position' }),
      fallback({ record: 'organisation', recordId: 'o1', field: 'name' }),
      fallback({ record: 'tour', recordId: 't1', field: 'purpose', usedLanguage: 'en' }),
    ]);
    expect(verdict.ready).toBe(false);
    expect(verdict.total).toBe(6);
    expect(verdict.sections.map((s) => [s.section, s.count])).toEqual([
      ['titlePage', 1],
      ['findings', 2],
      ['recommendations', 1],
      ['personsMet', 2],
    ]);
  });

  it("links each section to exactly its texts on the Translation screen, by the screen's keys", () => {
    const verdict = documentVerdict([
      fallback({ recordId: 'f1', field: 'title' }),
      fallback({ recordId: 'f2', field: 'applicabilityNote', usedLanguage: 'en' }),
      fallback({ recordId: 'f3', field: 'text' }),
    ]);
    expect(verdict.sections[0]!.textKeys).toEqual([
      'finding:f1:title',
      'finding:f2:applicabilityNote',
      'finding:f3:text',
    ]);
    expect(verdict.sections[0]!.mostlyFrom).toBe('ru');
  });

  it('counts a name only known in another script, which the Translation screen does not hold, without a link', () => {
    const verdict = documentVerdict([
      fallback({ record: 'delegate', recordId: 'd1', field: 'name' }),
      fallback({ record: 'delegate', recordId: 'd1', field: 'position' }),
    ]);
    expect(verdict.sections).toEqual([
      { section: 'delegation', count: 2, textKeys: ['delegate:d1:position'], mostlyFrom: 'ru' },
    ]);
  });

  it('leaves out a text empty in every language: its chapter is left out of the document, not taken from elsewhere', () => {
    const verdict = documentVerdict([
      fallback({ record: 'tour', recordId: 't1', field: 'conclusions', usedLanguage: null }),
    ]);
    expect(verdict).toEqual({
      ready: true,
      total: 0,
      sections: [],
      review: { count: 0, textKeys: [], labels: [] },
    });
  });

  it('says what the sample tour lacks in Belarusian, and that its Russian report is ready', () => {
    const { bundle } = loadSample();
    const be = buildDocument(bundle, { kind: 'report', language: 'be' });
    const verdict = documentVerdict(be.fallbacks);
    expect(verdict.ready).toBe(false);
    expect(verdict.total).toBe(be.fallbacks.filter((f) => f.usedLanguage !== null).length);
    expect(verdict.sections.reduce((sum, s) => sum + s.count, 0)).toBe(verdict.total);
    expect(verdict.sections.map((s) => s.section)).toContain('findings');
    const ru = buildDocument(bundle, { kind: 'report', language: 'ru' });
    // Its only gap, the empty conclusions, is a left-out chapter.
    expect(documentVerdict(ru.fallbacks).ready).toBe(true);
  });

  it('counts apart the translations made from a source changed since, and names them for the final export', () => {
    const { bundle } = loadSample();
    const finding = bundle.findings.find((f) => f.includeInReport && f.deletedAt === null && f.title.en)!;
    const context = { actor: { delegateId: 'anna' }, now: '2026-12-02T05:00:00.000Z' };
    // Translated into English from the Russian text as it was, then the Russian text is edited.
    const translated = {
      ...finding,
      translationMeta: undefined,
      text: { ru: 'Было так.', en: 'It was so.' },
    };
    const noted = { ...translated, translationMeta: reconcileTranslationMeta(finding, translated, context) };
    const edited = { ...noted, text: { ...noted.text, ru: 'Стало иначе.' } };
    edited.translationMeta = reconcileTranslationMeta(noted, edited, context);
    const changed = { ...bundle, findings: bundle.findings.map((f) => (f.id === finding.id ? edited : f)) };

    const en = buildDocument(changed, { kind: 'report', language: 'en' });
    const verdict = documentVerdict(en.fallbacks, en.needsReview);
    expect(verdict.review.textKeys).toEqual([`finding:${finding.id}:text`]);
    expect(verdict.review.labels).toEqual([finding.title.en]);
    expect(verdict.ready).toBe(false);
    // The Russian report carries the new text itself: nothing to review there.
    const ru = buildDocument(changed, { kind: 'report', language: 'ru' });
    expect(ru.needsReview).toEqual([]);
    // Before the edit, the same English translation is up to date.
    const before = { ...bundle, findings: bundle.findings.map((f) => (f.id === finding.id ? noted : f)) };
    expect(buildDocument(before, { kind: 'report', language: 'en' }).needsReview).toEqual([]);
  });
});
