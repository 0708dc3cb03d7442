import type { Contact, Delegate, Language } from '../entities';
import { delegateLatinName, displayName, hasCyrillic, latinToRussian, russianToBelarusian } from '../names';
import type { FallbackCollector } from './fallbacks';

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
        text: full,
      });
    }
    return full;
  }
  const { familyName, givenName } = delegateLatinName(delegate, language);
  return join(givenName, familyName);
}

const initial = (name: string) => {
  const first = [...name.trim()][0];
  return first === undefined ? '' : `${first.toUpperCase()}.`;
};

/**
 * Initials and surname as a signature block writes them: "А.П. Ковалёв" in Russian and
 * Belarusian (patronymic's initial too), "A. Kovalev" in English, "A. Kovaljov" in Hungarian.
 */
export function delegateSignatureName(delegate: Delegate, language: Language): string {
  if (language === 'ru' || language === 'be') {
    const full = delegateName(delegate, language).split(' ');
    const [family = '', given = '', patronymic = ''] = full;
    return join(`${initial(given)}${initial(patronymic)}`, family);
  }
  const { familyName, givenName } = delegateLatinName(delegate, language);
  return join(initial(givenName), familyName);
}

/** A contact's name in the document language (Cyrillic for ru/be) through the shared name rules. */
export function contactName(contact: Contact, language: Language, style: 'full' | 'list' = 'full'): string {
  return displayName(contact, language, style);
}
