import { describe, expect, it } from 'vitest';
import { displayName, foldForSearch, matchesQuery } from '../../../renderer/domain/names';

const kiss = {
  prefix: 'dr.',
  familyName: 'Kiss',
  givenName: 'Gábor',
  nameOrder: 'family-first' as const,
  cyrillic: {},
};
const lindqvist = {
  prefix: '',
  familyName: 'Lindqvist',
  givenName: 'Martin',
  nameOrder: 'given-first' as const,
  cyrillic: {},
};

describe('display names per language', () => {
  it('writes Hungarian names family-first in Hungarian and given-first in English', () => {
    expect(displayName(kiss, 'hu')).toBe('dr. Kiss Gábor');
    expect(displayName(kiss, 'en')).toBe('Dr Gábor Kiss');
    expect(displayName(lindqvist, 'hu')).toBe('Martin Lindqvist');
    expect(displayName(lindqvist, 'en')).toBe('Martin Lindqvist');
  });

  it('uses the suggested Cyrillic form in Russian and Belarusian', () => {
    expect(displayName(kiss, 'ru')).toBe('д-р Габор Киш');
    expect(displayName(kiss, 'be')).toBe('д-р Габар Кіш');
    expect(displayName(lindqvist, 'ru')).toBe('Мартин Линдквист');
  });

  it('prefers a form a translator checked over the suggestion', () => {
    const corrected = { ...kiss, cyrillic: { ru: { familyName: 'Киш', givenName: 'Габор', checked: true } } };
    expect(displayName(corrected, 'ru')).toBe('д-р Габор Киш');
    // an unchecked stored form is only a suggestion: the rules win
    const unchecked = {
      ...kiss,
      cyrillic: { ru: { familyName: 'Киш', givenName: 'Габор', checked: false } },
    };
    expect(displayName(unchecked, 'ru')).toBe('д-р Габор Киш');
  });

  it('puts the family name first in lists', () => {
    expect(displayName(kiss, 'en', 'list')).toBe('Kiss, Gábor');
    expect(displayName(kiss, 'hu', 'list')).toBe('Kiss Gábor');
    expect(displayName(kiss, 'ru', 'list')).toBe('Киш Габор');
    expect(displayName(lindqvist, 'hu', 'list')).toBe('Lindqvist, Martin');
  });
});

describe('diacritic- and case-insensitive search', () => {
  it('folds both ways', () => {
    expect(foldForSearch('Szőke')).toBe('szoke');
    expect(foldForSearch('Ковалёв')).toBe('ковалев');
    expect(foldForSearch('ÉVA  Űrös')).toBe('eva uros');
    expect(foldForSearch('Міхаіл')).toBe(foldForSearch('Михаил'));
  });

  it('matches a query typed without diacritics', () => {
    expect(matchesQuery('Szoke', ['Szőke Ödön'])).toBe(true);
    expect(matchesQuery('szőke', ['Szoke Odon'])).toBe(true);
    expect(matchesQuery('ковалев', ['Ковалёв Сергей'])).toBe(true);
    expect(matchesQuery('КОВАЛЁВ', ['ковалев'])).toBe(true);
    expect(matchesQuery('odon szoke', ['Szőke Ödön'])).toBe(true);
    expect(matchesQuery('odon kiss', ['Szőke Ödön'])).toBe(false);
    expect(matchesQuery('', ['anything'])).toBe(true);
  });
});
