import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Language, RecommendationTerm } from '../../../renderer/domain/entities';
import { recommendationSchema } from '../../../renderer/domain/entities';
import { formatTerm } from '../../../renderer/domain/recommendationTerm';
import { docText } from '../../../renderer/export/docx/docStrings';
import { dateWriter } from '../../../renderer/export/docx/formatDates';
import { PRESETS, defaultPresetFor } from '../../../renderer/export/docx/presets';
import { termText } from '../../../renderer/export/docx/reportFacts';
import type { WriteContext } from '../../../renderer/export/docx/blocks';

const NBSP = '\u00a0';
const ctx = (language: Language): WriteContext => {
  const preset = PRESETS[defaultPresetFor(language)];
  return { language, preset, t: docText(language), dates: dateWriter(language, preset), images: new Map() };
};
/** The interface's words for terms, looked up as i18next would (nested keys, {{values}}). */
function uiText(language: Language) {
  const tree = JSON.parse(
    readFileSync(new URL(`../../../locales/ui/${language}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  return (key: string, values: Record<string, string>) => {
    let node: unknown = tree;
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    if (typeof node !== 'string') throw new Error(`no ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  };
}

const Q4: RecommendationTerm = { kind: 'quarter', year: 2010, quarter: 4 };
const YEAR: RecommendationTerm = { kind: 'year', year: 2011 };
const DATE: RecommendationTerm = { kind: 'date', date: '2010-12-31' };

describe('a recommendation term in each document language', () => {
  it('writes a quarter as each language does', () => {
    expect(termText(ctx('ru'), { term: Q4, horizon: 'short' })).toBe(`IV квартал 2010${NBSP}г.`);
    expect(termText(ctx('be'), { term: Q4, horizon: 'short' })).toBe(`IV квартал 2010${NBSP}г.`);
    expect(termText(ctx('en'), { term: Q4, horizon: 'short' })).toBe(`Q4${NBSP}2010`);
    expect(termText(ctx('hu'), { term: Q4, horizon: 'short' })).toBe('2010. IV. negyedév');
    expect(termText(ctx('ru'), { term: { kind: 'quarter', year: 2011, quarter: 1 }, horizon: 'short' })).toBe(
      `I квартал 2011${NBSP}г.`,
    );
  });

  it('writes a year and a date in each language, the date as the preset writes dates', () => {
    expect(termText(ctx('ru'), { term: YEAR, horizon: 'long' })).toBe(`2011${NBSP}г.`);
    expect(termText(ctx('be'), { term: YEAR, horizon: 'long' })).toBe(`2011${NBSP}г.`);
    expect(termText(ctx('en'), { term: YEAR, horizon: 'long' })).toBe('2011');
    expect(termText(ctx('hu'), { term: YEAR, horizon: 'long' })).toBe('2011. év');
    const ru = ctx('ru');
    expect(termText(ru, { term: DATE, horizon: 'short' })).toBe(`до ${ru.dates.date('2010-12-31')}`);
    expect(termText(ru, { term: DATE, horizon: 'short' })).toMatch(/31/);
    const en = ctx('en');
    expect(termText(en, { term: DATE, horizon: 'short' })).toBe(`by ${en.dates.date('2010-12-31')}`);
    const hu = ctx('hu');
    expect(termText(hu, { term: DATE, horizon: 'short' })).toBe(hu.dates.date('2010-12-31'));
  });

  it('prints the horizon when a recommendation has no term (older records)', () => {
    expect(termText(ctx('ru'), { term: null, horizon: 'short' })).toBe(docText('ru')('horizon.short'));
    expect(termText(ctx('en'), { horizon: 'long' })).toBe(docText('en')('horizon.long'));
  });

  it('is written in the interface too, in each language', () => {
    const format = (language: Language, term: RecommendationTerm) =>
      formatTerm(term, uiText(language), 'recommendations.termFormat', (iso) => iso);
    expect(format('ru', Q4)).toBe(`IV квартал 2010${NBSP}г.`);
    expect(format('be', Q4)).toBe(`IV квартал 2010${NBSP}г.`);
    expect(format('en', Q4)).toBe(`Q4${NBSP}2010`);
    expect(format('hu', Q4)).toBe('2010. IV. negyedév');
    expect(format('en', DATE)).toBe('by 2010-12-31');
  });
});

describe('a recommendation record', () => {
  const base = {
    id: 'r1',
    tourId: 't1',
    createdAt: '2010-09-20T10:00:00.000Z',
    updatedAt: '2010-09-20T10:00:00.000Z',
    deviceId: 'laptop',
    revision: 1,
    deletedAt: null,
    text: { ru: 'Текст' },
    findingIds: [],
    priority: 'high',
    horizon: 'medium',
    responsible: {},
    status: 'draft',
    order: 0,
  };

  it('of before terms (a horizon only) still reads, with no term and no expected result', () => {
    const parsed = recommendationSchema.parse(base);
    expect(parsed.horizon).toBe('medium');
    expect(parsed.term).toBeUndefined();
    expect(parsed.expectedResult).toBeUndefined();
  });

  it('keeps a quarter, a year or a date, and refuses a fifth quarter or a year out of range', () => {
    for (const term of [Q4, YEAR, DATE, null])
      expect(recommendationSchema.parse({ ...base, term }).term).toEqual(term);
    expect(
      recommendationSchema.safeParse({ ...base, term: { kind: 'quarter', year: 2010, quarter: 5 } }).success,
    ).toBe(false);
    expect(recommendationSchema.safeParse({ ...base, term: { kind: 'year', year: 20100 } }).success).toBe(
      false,
    );
    expect(
      recommendationSchema.safeParse({ ...base, term: { kind: 'date', date: '2010-13-01' } }).success,
    ).toBe(false);
  });
});
