import type { Contact, Delegate, Language } from '../entities';
import { displayName, latinToRussian, russianToBelarusian } from '../names';
import type { FallbackCollector } from './fallbacks';
import { hasCyrillic, romanizeCyrillic } from './romanize';

const join = (...parts: string[]) =>
  parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');

/** Letters only Belarusian writes: a name with them is already in its Belarusian form. */
const BELARUSIAN_ONLY = /[іўІЎ’]/u;

/**
 * A delegate's name as the document language writes it in official texts: the stored Cyrillic
 * form in Russian and Belarusian, family name first with the patronymic (Ковалёв Андрей Петрович);
 * in English and Hungarian the passport transliteration, given name first, without the patronymic.
 * A Russian-only form in a Belarusian document is listed as a fallback.
 */
export function delegateName(delegate: Delegate, language: Language, fallbacks?: FallbackCollector): string {
  const cyrillic = hasCyrillic(delegate.familyName);
  if (language === 'ru' || language === 'be') {
    if (!cyrillic) {
      // A name typed in Latin letters: suggest the Cyrillic reading, as the contacts do.
      const ru = [delegate.familyName, delegate.givenName].map(latinToRussian);
      const forms = language === 'be' ? ru.map(russianToBelarusian) : ru;
      return join(forms[0] ?? '', forms[1] ?? '');
    }
    const full = join(delegate.familyName, delegate.givenName, delegate.patronymic);
    if (language === 'be' && !BELARUSIAN_ONLY.test(full)) {
      fallbacks?.note({
        record: 'delegate',
        recordId: delegate.id,
        field: 'name',
        label: full,
        usedLanguage: 'ru',
      });
    }
    return full;
  }
  const latin = (text: string) => (hasCyrillic(text) ? romanizeCyrillic(text) : text);
  return join(latin(delegate.givenName), latin(delegate.familyName));
}

/** A contact's name in the document language (Cyrillic for ru/be) through the shared name rules. */
export function contactName(contact: Contact, language: Language, style: 'full' | 'list' = 'full'): string {
  return displayName(contact, language, style);
}
