import { describe, expect, it } from 'vitest';
import {
  divergentTerms,
  findTerm,
  termsUsedIn,
  type GlossaryTerm,
} from '../../../renderer/domain/glossary/glossary';
import { memoryPairs, memorySearch, similarity } from '../../../renderer/domain/glossary/memory';
import { seedTerms, tourGlossary } from '../../../renderer/domain/glossary/tourGlossary';

const term = (id: string, ru: string, en: string, note = ''): GlossaryTerm => ({
  id,
  text: { ru, en },
  note,
});

describe('glossary terms in a text', () => {
  const inspector = term('t1', 'участковый инспектор', 'community police officer');
  const ngo = term('t2', 'НКО', 'NGO');

  it('finds a term whatever its ending, and an abbreviation only as a whole word', () => {
    expect(findTerm('Встреча с участковым инспектором района', 'участковый инспектор')).toEqual([
      { start: 10, end: 32 },
    ]);
    expect(findTerm('Участковые инспекторы и НКО', 'НКО')).toHaveLength(1);
    expect(findTerm('НКОшный сектор', 'НКО')).toHaveLength(0);
    expect(findTerm('инспектор участковый', 'участковый инспектор')).toHaveLength(0);
  });

  it('offers the terms a source uses that have an agreed translation', () => {
    const noEnglish: GlossaryTerm = { id: 't3', text: { ru: 'район' }, note: '' };
    expect(
      termsUsedIn('Участковый инспектор района встречается с НКО', [inspector, ngo, noEnglish], 'ru', 'en'),
    ).toEqual([inspector, ngo]);
  });

  it('points out a term translated differently than agreed', () => {
    const source = 'Участковый инспектор работает с НКО';
    expect(
      divergentTerms(source, 'The district inspector works with NGOs', [inspector, ngo], 'ru', 'en'),
    ).toEqual([inspector]);
    expect(
      divergentTerms(source, 'The community police officer works with NGOs', [inspector, ngo], 'ru', 'en'),
    ).toEqual([]);
    expect(divergentTerms(source, '', [inspector, ngo], 'ru', 'en')).toEqual([]);
  });

  it('is seeded from key point titles, organisations and ranks, each wording once, agreed terms first', () => {
    const live = { deletedAt: null };
    const source = {
      tour: { glossary: [term('g1', 'Полиция Венгрии', 'Hungarian Police')] },
      themes: [{ ...live, id: 'k1', order: 0, title: { ru: 'Профилактика', en: 'Prevention' } }],
      organisations: [
        { ...live, id: 'o1', name: { ru: 'Полиция Венгрии', hu: 'Magyar Rendőrség' } },
        { ...live, id: 'o2', name: { ru: 'ОБСЕ', en: 'OSCE' } },
      ],
      delegates: [
        { ...live, id: 'd1', rank: { ru: 'полковник', en: 'Colonel' } },
        { ...live, id: 'd2', rank: { ru: 'полковник', en: 'Colonel' } },
      ],
    } as unknown as Parameters<typeof seedTerms>[0];
    expect(seedTerms(source).map((seeded) => seeded.text.ru)).toEqual([
      'Профилактика',
      'Полиция Венгрии',
      'ОБСЕ',
      'полковник',
    ]);
    expect(tourGlossary(source).map((entry) => entry.text.ru)).toEqual([
      'Полиция Венгрии',
      'Профилактика',
      'ОБСЕ',
      'полковник',
    ]);
  });
});

describe('translation memory', () => {
  const texts = [
    {
      key: 'finding:a:text',
      text: {
        ru: 'Полиция проводит встречи с жителями района.',
        en: 'The police hold meetings with residents of the district.',
      },
    },
    {
      key: 'finding:b:text',
      text: {
        ru: 'Полиция проводит встречи с жителями города. Встречи проходят ежемесячно.',
        en: 'The police hold meetings with the town’s residents. The meetings are monthly.',
      },
    },
    {
      key: 'finding:c:text',
      text: { ru: 'Школьные программы профилактики.', en: 'School prevention programmes.' },
    },
    { key: 'finding:d:text', text: { ru: 'Только по-русски.' } },
  ];
  const search = memorySearch(memoryPairs(texts, 'ru', 'en'));

  it('scores the same text 100 and a close one by the share of words unchanged', () => {
    expect(similarity('Полиция проводит встречи.', 'Полиция проводит встречи.')).toBe(100);
    expect(similarity('Полиция проводит встречи.', 'полиция проводит встречи')).toBe(99);
    expect(
      similarity(
        'Полиция проводит встречи с жителями района.',
        'Полиция проводит встречи с жителями города.',
      ),
    ).toBe(83);
    expect(similarity('Одно', 'Совсем другое')).toBe(0);
  });

  it('offers the exact match first, then fuzzy ones by percentage, sentences of longer texts included', () => {
    const found = search('Полиция проводит встречи с жителями района.');
    expect(found.map((suggestion) => [suggestion.score, suggestion.target])).toEqual([
      [100, 'The police hold meetings with residents of the district.'],
      [83, 'The police hold meetings with the town’s residents.'],
    ]);
    expect(search('Встречи проходят ежемесячно.')[0]).toMatchObject({
      score: 100,
      target: 'The meetings are monthly.',
    });
  });

  it('does not offer a text its own translation, nor unconfirmed or far-off ones', () => {
    expect(
      search('Полиция проводит встречи с жителями района.', { excludeFrom: 'finding:a:text' })[0]?.score,
    ).toBe(83);
    expect(search('Совершенно другой текст о погоде.')).toEqual([]);
    const unconfirmed = memorySearch(memoryPairs(texts, 'ru', 'en', (key) => key === 'finding:c:text'));
    expect(unconfirmed('Школьные программы профилактики.')).toEqual([]);
  });
});
