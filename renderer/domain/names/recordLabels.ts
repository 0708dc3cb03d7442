import type { Contact, Delegate, Language, LocalizedText, TourEvent } from '../entities';
import { pickText } from '../localizedText';
import { delegateDisplayName } from './delegateNames';
import { displayName, type NameStyle } from './displayName';

/**
 * A contact's name in the interface language, the same on every screen: the Contacts table, pickers,
 * a finding's sources, a material's giver (Cyrillic in a Russian or Belarusian interface).
 */
export function contactName(contact: Contact, language: Language, style: NameStyle = 'full'): string {
  return displayName(contact, language, style);
}

/**
 * A delegate's name in the interface language: as the delegation writes it in Russian and Belarusian
 * (family name, given name, patronymic), the Hungarian form in Hungarian, the passport form in English.
 */
export function delegateName(
  delegate: Pick<Delegate, 'familyName' | 'givenName' | 'patronymic' | 'latinName' | 'hungarianName'>,
  language: Language,
): string {
  return delegateDisplayName(delegate, language);
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
