import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../../renderer/domain/entities';
import { insertAt, translationAids } from '../../../renderer/domain/glossary/translationAids';

const term = (id: string, ru: string, en: string, note = ''): GlossaryTerm => ({
  id,
  text: { ru, en },
  note,
});
const inspector = term('t1', 'участковый инспектор', 'community police officer', 'not "district inspector"');
const ngo = term('t2', 'НКО', 'NGO');

const texts = [
  {
    key: 'finding:f1:text',
    text: {
      ru: 'Участковый инспектор знает жителей своего района.',
      en: 'The community police officer knows the residents of the area.',
    },
  },
  {
    key: 'finding:f2:text',
    text: { ru: 'Полиция работает с НКО.', en: 'The police work with NGOs.' },
  },
  // Needs review: its source changed since it was translated, so it is not offered.
  { key: 'finding:f3:text', text: { ru: 'Полиция работает со школами.', en: 'Outdated.' } },
];

describe('suggestions beside the translation box', () => {
  const aids = translationAids([inspector, ngo], texts, 'en', (key) => key === 'finding:f3:text');

  it('offers an exact earlier translation first, then the terms, then fuzzy ones with their percentage', () => {
    const suggestions = aids.suggestions(
      'ru',
      'Участковый инспектор знает жителей своего района.',
      'finding:new:text',
    );
    expect(suggestions[0]).toMatchObject({
      kind: 'memory',
      score: 100,
      insert: 'The community police officer knows the residents of the area.',
    });
    expect(suggestions[1]).toMatchObject({
      kind: 'term',
      insert: 'community police officer',
      note: 'not "district inspector"',
    });

    const fuzzy = aids.suggestions('ru', 'Полиция работает с НКО и школами.', 'finding:new:text');
    expect(fuzzy.map((suggestion) => suggestion.kind)).toEqual(['term', 'memory']);
    expect(fuzzy[1]).toMatchObject({ insert: 'The police work with NGOs.' });
    expect(fuzzy[1]!.kind === 'memory' && fuzzy[1]!.score).toBeGreaterThanOrEqual(60);
    expect(fuzzy[1]!.kind === 'memory' && fuzzy[1]!.score).toBeLessThan(100);
  });

  it('never offers a text its own translation, nor one whose source changed since', () => {
    const own = aids.suggestions('ru', 'Полиция работает с НКО.', 'finding:f2:text');
    expect(own.filter((suggestion) => suggestion.kind === 'memory')).toEqual([]);
    const stale = aids.suggestions('ru', 'Полиция работает со школами.', 'finding:new:text');
    expect(stale.some((suggestion) => suggestion.insert === 'Outdated.')).toBe(false);
  });

  it('offers nothing for an empty source or a text into its own language', () => {
    expect(aids.suggestions('ru', '  ', 'x')).toEqual([]);
    expect(
      translationAids([inspector], texts, 'ru', () => false).suggestions('ru', 'инспектор', 'x'),
    ).toEqual([]);
  });

  it('points out a term translated differently than agreed', () => {
    const source = 'Участковые инспекторы работают с НКО';
    expect(aids.divergent('ru', source, 'District inspectors work with NGOs')).toEqual([inspector]);
    expect(aids.divergent('ru', source, 'Community police officers work with NGOs')).toEqual([]);
    expect(aids.divergent('ru', source, '')).toEqual([]);
  });
});

describe('inserting a suggestion at the caret', () => {
  it('puts it in place of the selection, spaced from the words around it, the caret after it', () => {
    expect(insertAt('', 'NGO', 0, 0)).toEqual({ text: 'NGO', caret: 3 });
    expect(insertAt('Work with', 'NGOs', 9, 9)).toEqual({ text: 'Work with NGOs', caret: 14 });
    expect(insertAt('Work with  today', 'NGOs', 10, 10)).toEqual({ text: 'Work with NGOs today', caret: 14 });
    expect(insertAt('Work with them', 'NGOs', 10, 14)).toEqual({ text: 'Work with NGOs', caret: 14 });
    expect(insertAt('(', 'NGO', 1, 1)).toEqual({ text: '(NGO', caret: 4 });
  });
});
