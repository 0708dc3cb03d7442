import type { Delegate, Language } from '../entities';
import { cyrillicToHungarian } from './cyrillicToHungarian';
import { hasCyrillic, romanizeCyrillic } from './romanizeCyrillic';

export type NamePair = { familyName: string; givenName: string };

type DelegateNameParts = Pick<Delegate, 'familyName' | 'givenName' | 'latinName' | 'hungarianName'>;

const latinOf = (text: string) => (hasCyrillic(text) ? romanizeCyrillic(text.trim()) : text.trim());

/** The Hungarian form the rules suggest for a delegate (Андрей Ковалёв → Andrej Kovaljov); never checked. */
export function suggestHungarianName(delegate: Pick<Delegate, 'familyName' | 'givenName'>): NamePair {
  return {
    familyName: cyrillicToHungarian(delegate.familyName.trim()),
    givenName: cyrillicToHungarian(delegate.givenName.trim()),
  };
}

/** The passport-style (ICAO) Latin form of a Cyrillic name (Андрей Ковалёв → Andrei Kovalev). */
export function suggestLatinName(delegate: Pick<Delegate, 'familyName' | 'givenName'>): NamePair {
  return { familyName: latinOf(delegate.familyName), givenName: latinOf(delegate.givenName) };
}

/**
 * A delegate's name in Latin letters: in English the passport form when given, else the ICAO
 * transliteration; in Hungarian the translator-checked Hungarian form, else the suggested one.
 * Never Cyrillic: whatever is missing falls back to a rule-made form.
 */
export function delegateLatinName(delegate: DelegateNameParts, language: 'en' | 'hu'): NamePair {
  if (language === 'hu') {
    const stored = delegate.hungarianName;
    if (
      stored?.checked &&
      stored.familyName.trim() !== '' &&
      !hasCyrillic(stored.familyName + stored.givenName)
    ) {
      return { familyName: stored.familyName.trim(), givenName: stored.givenName.trim() };
    }
    return suggestHungarianName(delegate);
  }
  const passport = delegate.latinName;
  if (passport && passport.familyName.trim() !== '') {
    // A passport form without a given name borrows the transliterated one rather than printing none.
    return {
      familyName: latinOf(passport.familyName),
      givenName: passport.givenName.trim() !== '' ? latinOf(passport.givenName) : latinOf(delegate.givenName),
    };
  }
  return suggestLatinName(delegate);
}

const joinNonEmpty = (...parts: string[]) =>
  parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');

/**
 * A delegate's name in the interface language, the same on every screen and in the delegation's
 * order (family name first, as the lists sort it): as the delegation writes it in Russian and
 * Belarusian (with the patronymic), the Hungarian form in Hungarian and the passport form in
 * English, so that no Cyrillic is left in a Hungarian or English interface.
 */
export function delegateDisplayName(
  delegate: DelegateNameParts & Pick<Delegate, 'patronymic'>,
  language: Language,
): string {
  if (language === 'ru' || language === 'be') {
    return joinNonEmpty(delegate.familyName, delegate.givenName, delegate.patronymic);
  }
  const { familyName, givenName } = delegateLatinName(delegate, language);
  return joinNonEmpty(familyName, givenName);
}
