import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH, type LocalizedText } from '../entities';
import type { VCardContact } from './vcardContact';

/**
 * The first field of a card longer than the app allows for the contact it becomes (names, rank,
 * position, organisation, phones and e-mails ≤ 300 characters, notes ≤ 50,000), named by its vCard
 * property; null when everything fits.
 */
export function cardTextTooLong(card: VCardContact): { field: string; limit: number } | null {
  const localized = (text: LocalizedText) => Object.values(text).filter((value) => value !== undefined);
  const titles: [string, readonly string[]][] = [
    ['N', [card.familyName, card.givenName, card.prefix]],
    [
      'N;LANGUAGE',
      Object.values(card.cyrillic).flatMap((form) => (form ? [form.familyName, form.givenName] : [])),
    ],
    ['X-DD-RANK', localized(card.rank)],
    ['TITLE', localized(card.position)],
    ['ORG', localized(card.organisationName)],
    ['TEL', card.phones],
    ['EMAIL', card.emails],
  ];
  for (const [field, values] of titles) {
    if (values.some((value) => value.length > TITLE_MAX_LENGTH)) return { field, limit: TITLE_MAX_LENGTH };
  }
  if (card.notes.length > TEXT_MAX_LENGTH) return { field: 'NOTE', limit: TEXT_MAX_LENGTH };
  return null;
}
