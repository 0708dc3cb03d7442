import type { Language } from '../entities';
import { cyrillicNameFor, type NameParts } from './cyrillicName';

/**
 * `full`: the name as a sentence or a letter heading writes it in that language;
 * `list`: family name first and no prefix, for sorted lists and tables.
 */
export type NameStyle = 'full' | 'list';

/** Academic prefixes as each language abbreviates them; anything else is shown as typed. */
const KNOWN_PREFIXES: { pattern: RegExp; forms: Record<Language, string> }[] = [
  { pattern: /^(dr\.?|д-р|др\.?)$/i, forms: { hu: 'dr.', en: 'Dr', ru: 'д-р', be: 'д-р' } },
  { pattern: /^(prof\.?|проф\.?|праф\.?)$/i, forms: { hu: 'prof.', en: 'Prof.', ru: 'проф.', be: 'праф.' } },
];

export function localizedPrefix(prefix: string, language: Language): string {
  const trimmed = prefix.trim();
  const known = KNOWN_PREFIXES.find((entry) => entry.pattern.test(trimmed));
  return known ? known.forms[language] : trimmed;
}

const join = (...parts: string[]) =>
  parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');

/**
 * A contact's name the way the given language writes it: Hungarian order (family name first) in
 * Hungarian for Hungarian names, given name first in English, and the Cyrillic form (checked by a
 * translator, or else suggested by the transcription rules) in Russian and Belarusian.
 */
export function displayName(parts: NameParts, language: Language, style: NameStyle = 'full'): string {
  const prefix = localizedPrefix(parts.prefix, language);
  let family = parts.familyName;
  let given = parts.givenName;
  if (language === 'ru' || language === 'be') {
    const cyrillic = cyrillicNameFor(parts, language);
    family = cyrillic.familyName;
    given = cyrillic.givenName;
  }
  if (style === 'list') {
    // Russian and Hungarian lists put the family name first without a comma; English uses one.
    if (language === 'en' && given.trim() !== '') return join(`${family.trim()},`, given);
    if (language === 'hu' && parts.nameOrder === 'given-first' && given.trim() !== '') {
      return join(`${family.trim()},`, given);
    }
    return join(family, given);
  }
  if (language === 'hu' && parts.nameOrder === 'family-first') return join(prefix, family, given);
  return join(prefix, given, family);
}
