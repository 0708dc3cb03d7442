import type { Contact, Delegate, Language, LocalizedText } from '../../domain/entities';
import { pickText } from '../../domain/localizedText';

/** A delegate as the delegation writes names: family name, given name, patronymic. */
export function delegateName(delegate: Pick<Delegate, 'familyName' | 'givenName' | 'patronymic'>): string {
  return [delegate.familyName, delegate.givenName, delegate.patronymic]
    .filter((part) => part.trim() !== '')
    .join(' ');
}

/** A contact's name in the order of their own language (Hungarian: family name first). */
export function contactName(contact: Contact): string {
  const parts =
    contact.nameOrder === 'family-first'
      ? [contact.prefix, contact.familyName, contact.givenName]
      : [contact.prefix, contact.givenName, contact.familyName];
  return parts.filter((part) => part.trim() !== '').join(' ');
}

/** A multilingual text in the interface language, falling back to another translation. */
export function localized(text: LocalizedText, language: Language): string {
  return pickText(text, language).value;
}
