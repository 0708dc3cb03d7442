import { describe, expect, it } from 'vitest';
import type { Delegate } from '../../../renderer/domain/entities';
import { delegateDisplayName, delegateLatinName } from '../../../renderer/domain/names';

type Names = Pick<Delegate, 'familyName' | 'givenName' | 'patronymic' | 'latinName' | 'hungarianName'>;
const KOVALEV: Names = { familyName: 'Ковалёв', givenName: 'Андрей', patronymic: 'Петрович' };

describe("a delegate's name in Latin letters", () => {
  it('is the Hungarian suggestion in Hungarian until a translator confirms another form', () => {
    expect(delegateLatinName(KOVALEV, 'hu')).toEqual({ familyName: 'Kovaljov', givenName: 'Andrej' });
    const corrected = {
      ...KOVALEV,
      hungarianName: { familyName: 'Kovalyov', givenName: 'Andrej', checked: true },
    };
    expect(delegateLatinName(corrected, 'hu')).toEqual({ familyName: 'Kovalyov', givenName: 'Andrej' });
    const unchecked = {
      ...KOVALEV,
      hungarianName: { familyName: 'Kovalyov', givenName: 'Andrej', checked: false },
    };
    expect(delegateLatinName(unchecked, 'hu').familyName).toBe('Kovaljov');
  });

  it('is the passport form in English, else the passport transliteration', () => {
    expect(delegateLatinName(KOVALEV, 'en')).toEqual({ familyName: 'Kovalev', givenName: 'Andrei' });
    const passport = { ...KOVALEV, latinName: { familyName: 'KAVALIOU', givenName: 'ANDREI' } };
    expect(delegateLatinName(passport, 'en')).toEqual({ familyName: 'KAVALIOU', givenName: 'ANDREI' });
    // A passport form given without its given name borrows the transliterated one.
    const half = { ...KOVALEV, latinName: { familyName: 'KAVALIOU', givenName: '' } };
    expect(delegateLatinName(half, 'en')).toEqual({ familyName: 'KAVALIOU', givenName: 'Andrei' });
  });

  it('is never Cyrillic, whatever was stored', () => {
    const cyrillicForms = {
      ...KOVALEV,
      latinName: { familyName: 'Ковалёв', givenName: 'Андрей' },
      hungarianName: { familyName: 'Ковалёв', givenName: 'Андрей', checked: true },
    };
    for (const language of ['en', 'hu'] as const) {
      const { familyName, givenName } = delegateLatinName(cyrillicForms, language);
      expect(`${familyName} ${givenName}`).not.toMatch(/\p{Script=Cyrillic}/u);
    }
  });
});

describe("a delegate's name in the interface", () => {
  it('is the Cyrillic name in Russian and Belarusian, the Hungarian form in Hungarian, the passport form in English, family name first', () => {
    const delegate = { ...KOVALEV, latinName: { familyName: 'KAVALIOU', givenName: 'ANDREI' } };
    expect(delegateDisplayName(delegate, 'ru')).toBe('Ковалёв Андрей Петрович');
    expect(delegateDisplayName(delegate, 'be')).toBe('Ковалёв Андрей Петрович');
    expect(delegateDisplayName(delegate, 'hu')).toBe('Kovaljov Andrej');
    expect(delegateDisplayName(delegate, 'en')).toBe('KAVALIOU ANDREI');
  });

  it('keeps a name typed in Latin letters as it is', () => {
    const guest: Names = { familyName: 'Lindqvist', givenName: 'Anna', patronymic: '' };
    expect(delegateDisplayName(guest, 'hu')).toBe('Lindqvist Anna');
    expect(delegateDisplayName(guest, 'en')).toBe('Lindqvist Anna');
  });
});
