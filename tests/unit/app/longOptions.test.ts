import { describe, expect, it } from 'vitest';
import { foldedOptionsFilter, LONG_OPTIONS_LIMIT } from '../../../renderer/ui/longOptions';

const contacts = Array.from({ length: 400 }, (_, index) => ({
  value: `c${index}`,
  label: index === 399 ? 'Szőke Ödön' : `Kovács ${index}`,
}));

describe('options of a select that may hold thousands of records', () => {
  it('offers at most the limit at once', () => {
    const shown = foldedOptionsFilter({ options: contacts, search: '', limit: LONG_OPTIONS_LIMIT });
    expect(shown).toHaveLength(LONG_OPTIONS_LIMIT);
  });

  it('finds one past the limit by typing, without accents or capitals', () => {
    expect(
      foldedOptionsFilter({ options: contacts, search: 'szoke odon', limit: LONG_OPTIONS_LIMIT }),
    ).toEqual([{ value: 'c399', label: 'Szőke Ödön' }]);
    expect(foldedOptionsFilter({ options: contacts, search: 'kovacs 12', limit: 5 })).toHaveLength(5);
  });

  it('keeps groups, with only their matching options', () => {
    const grouped = [{ group: 'Budapest', items: contacts.slice(398) }];
    expect(foldedOptionsFilter({ options: grouped, search: 'ödön', limit: 10 })).toEqual([
      { group: 'Budapest', items: [{ value: 'c399', label: 'Szőke Ödön' }] },
    ]);
  });
});
