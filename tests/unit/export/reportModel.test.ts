import { describe, expect, it } from 'vitest';
import { buildDocument, DocumentRequestError } from '../../../renderer/domain/documents/buildDocument';
import type { BriefDocument, MemoDocument, ReportDocument } from '../../../renderer/domain/documents/model';
import { romanizeCyrillic } from '../../../renderer/domain/names/romanizeCyrillic';
import { loadSample } from './sampleBundle';

const sample = loadSample();
const report = (language: 'ru' | 'be' | 'en' | 'hu', extra = {}) =>
  buildDocument(sample.bundle, { kind: 'report', language, ...extra }) as ReportDocument;

describe('the report model', () => {
  it('has one chapter per key point, findings numbered within it, seven recommendations citing them', () => {
    const model = report('ru');
    expect(model.chapters).toHaveLength(5);
    const references = model.chapters.flatMap((c) =>
      c.groups.flatMap((g) => g.findings.map((f) => f.reference)),
    );
    expect(references).toHaveLength(16);
    expect(references[0]).toBe('1.1');
    expect(model.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const row of model.recommendations) {
      for (const basis of row.basis) expect(references).toContain(basis);
    }
  });

  it('keeps the same numbering from one export to the next', () => {
    const refs = (m: ReportDocument) =>
      m.chapters.flatMap((c) => c.groups.flatMap((g) => g.findings.map((f) => f.title)));
    expect(refs(report('ru'))).toEqual(refs(report('ru')));
  });

  it('lists no fallback in Russian but the empty conclusions; many in Belarusian, taken from Russian', () => {
    const ru = report('ru').fallbacks;
    expect(ru).toEqual([
      expect.objectContaining({ record: 'tour', field: 'conclusions', usedLanguage: null }),
    ]);
    const be = report('be').fallbacks;
    expect(be.length).toBeGreaterThan(20);
    expect(be.some((f) => f.record === 'finding' && f.field === 'text' && f.usedLanguage === 'ru')).toBe(
      true,
    );
    expect(be.some((f) => f.record === 'delegate' && f.field === 'name')).toBe(true);
    // Key point titles exist in Belarusian: they are not listed.
    expect(be.some((f) => f.record === 'theme')).toBe(false);
  });

  it('uses an English translation where there is one and lists the rest', () => {
    const en = report('en');
    expect(en.tour.title).toMatch(/community policing study tour/);
    expect(en.fallbacks.some((f) => f.record === 'recommendation' && f.usedLanguage === 'ru')).toBe(true);
  });

  it('leaves out findings not marked for the report, and key points not chosen', () => {
    const bundle = {
      ...sample.bundle,
      findings: sample.bundle.findings.map((f, i) => (i === 0 ? { ...f, includeInReport: false } : f)),
    };
    const only = buildDocument(bundle, { kind: 'report', language: 'ru' }) as ReportDocument;
    const all = buildDocument(bundle, {
      kind: 'report',
      language: 'ru',
      onlyIncludedFindings: false,
    }) as ReportDocument;
    const count = (m: ReportDocument) =>
      m.chapters.flatMap((c) => c.groups.flatMap((g) => g.findings)).length;
    expect(count(only)).toBe(15);
    expect(count(all)).toBe(16);
    const firstKeyPoint = sample.bundle.themes[0]!.id;
    expect(report('ru', { themeIds: [firstKeyPoint] }).chapters.map((c) => c.themeId)).toEqual([
      firstKeyPoint,
    ]);
  });

  it('leaves out deleted records', () => {
    const bundle = {
      ...sample.bundle,
      recommendations: sample.bundle.recommendations.map((r, i) =>
        i === 0 ? { ...r, deletedAt: '2026-01-02T00:00:00.000Z' } : r,
      ),
    };
    const model = buildDocument(bundle, { kind: 'report', language: 'ru' }) as ReportDocument;
    expect(model.recommendations).toHaveLength(6);
  });

  it('builds a memo for one visit, and says why it cannot without one', () => {
    const eventId = sample.eventAliases.get('e2')!;
    const memo = buildDocument(sample.bundle, { kind: 'memo', language: 'be', eventId }) as MemoDocument;
    expect(memo.event.eventId).toBe(eventId);
    expect(memo.participants).toHaveLength(6);
    expect(memo.findings.length).toBeGreaterThan(0);
    expect(() => buildDocument(sample.bundle, { kind: 'memo', language: 'ru' })).toThrow(
      DocumentRequestError,
    );
    expect(() => buildDocument(sample.bundle, { kind: 'memo', language: 'ru', eventId: 'nope' })).toThrow(
      DocumentRequestError,
    );
  });

  it('gives the brief the titles of the findings it cites, numbered as in the report', () => {
    const brief = buildDocument(sample.bundle, { kind: 'brief', language: 'ru' }) as BriefDocument;
    const full = report('ru');
    const titleByRef = new Map(
      full.chapters.flatMap((c) =>
        c.groups.flatMap((g) => g.findings.map((f) => [f.reference, f.title] as const)),
      ),
    );
    for (const cited of brief.basisFindings) expect(titleByRef.get(cited.reference)).toBe(cited.title);
  });
});

describe('romanizeCyrillic', () => {
  it('follows the passport table', () => {
    expect(romanizeCyrillic('Ковалёв Андрей')).toBe('Kovalev Andrei');
    expect(romanizeCyrillic('Щукин Юрий')).toBe('Shchukin Iurii');
    expect(romanizeCyrillic('ЖУК')).toBe('ZHUK');
    expect(romanizeCyrillic('Лапіцкая Ўладзіслава')).toBe('Lapitskaia Uladzislava');
  });
});
