import type { Contact, Delegate, Language, LocalizedText, TourEvent } from '../entities';
import { pickText } from '../localizedText';

/** A contact's name as the people of their own language write it (Hungarian: family name first). */
export function contactName(contact: Contact): string {
  const parts =
    contact.nameOrder === 'family-first'
      ? [contact.prefix, contact.familyName, contact.givenName]
      : [contact.prefix, contact.givenName, contact.familyName];
  return parts.filter((part) => part.trim() !== '').join(' ');
}

export function delegateName(delegate: Delegate): string {
  return [delegate.familyName, delegate.givenName, delegate.patronymic]
    .filter((part) => part !== '')
    .join(' ');
}

/** A visit as picked from a list: day and title, e.g. "2010-09-21 · District V police station". */
export function eventLabel(event: TourEvent, language: Language): string {
  return `${event.start.slice(0, 10)} · ${pickText(event.title, language).value}`;
}

export function localized(text: LocalizedText, language: Language): string {
  return pickText(text, language).value;
}

/** Programme order: by start time. */
export function byStart(a: TourEvent, b: TourEvent): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}
