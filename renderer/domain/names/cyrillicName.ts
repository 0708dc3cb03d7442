import type { Contact, CyrillicName } from '../entities';
import { hungarianToRussian } from './hungarianToRussian';
import { latinToRussian } from './latinToRussian';
import { russianToBelarusian } from './russianToBelarusian';

export type CyrillicLanguage = 'ru' | 'be';
export const CYRILLIC_LANGUAGES: readonly CyrillicLanguage[] = ['ru', 'be'];

/** The parts of a contact a name is made of. */
export type NameParts = Pick<Contact, 'prefix' | 'familyName' | 'givenName' | 'nameOrder'> & {
  cyrillic?: Contact['cyrillic'];
};

/**
 * Names written family-name-first are Hungarian in this app (that is what the order means here), and
 * so is a name with Hungarian accented letters written the Western way round (Gábor Kiss); both
 * follow the Hungarian transcription rules. Other Latin names get a plain letter reading (Lindqvist).
 */
function toRussian(text: string, parts: NameParts): string {
  const hungarian =
    parts.nameOrder === 'family-first' || /[áéíóöőúüű]/i.test(`${parts.familyName}${parts.givenName}`);
  return hungarian ? hungarianToRussian(text) : latinToRussian(text);
}

/** The Cyrillic form the rules suggest; never marked checked. */
export function suggestCyrillicName(parts: NameParts, language: CyrillicLanguage): CyrillicName {
  const familyName = toRussian(parts.familyName.trim(), parts);
  const givenName = toRussian(parts.givenName.trim(), parts);
  return language === 'ru'
    ? { familyName, givenName, checked: false }
    : {
        familyName: russianToBelarusian(familyName),
        givenName: russianToBelarusian(givenName),
        checked: false,
      };
}

/** The stored (translator-checked) form when there is one, otherwise the suggestion. */
export function cyrillicNameFor(parts: NameParts, language: CyrillicLanguage): CyrillicName {
  const stored = parts.cyrillic?.[language];
  if (stored && stored.checked && stored.familyName.trim() !== '') return stored;
  return suggestCyrillicName(parts, language);
}
