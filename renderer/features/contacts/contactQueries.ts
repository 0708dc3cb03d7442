import {
  LANGUAGES,
  type Contact,
  type Language,
  type Organisation,
  type TourEvent,
} from '../../domain/entities';
import { pickText } from '../../domain/localizedText';
import { cyrillicNameFor, displayName, foldForSearch, matchesQuery } from '../../domain/names';

export interface ContactFilters {
  query: string;
  organisationId: string | null;
  role: Contact['role'] | null;
  language: string | null;
}

export const NO_FILTERS: ContactFilters = { query: '', organisationId: null, role: null, language: null };

/** Everything a search may match: the name as each language writes it, both Cyrillic forms, the organisation, e-mails. */
function searchTexts(contact: Contact, organisation: Organisation | undefined): string[] {
  return [
    contact.familyName,
    contact.givenName,
    ...LANGUAGES.map((language) => displayName(contact, language)),
    ...(['ru', 'be'] as const).map((language) => {
      const name = cyrillicNameFor(contact, language);
      return `${name.familyName} ${name.givenName}`;
    }),
    ...Object.values(organisation?.name ?? {}).map((value) => value ?? ''),
    ...Object.values(contact.position).map((value) => value ?? ''),
    ...contact.emails,
  ];
}

export function filterContacts(
  contacts: readonly Contact[],
  organisations: readonly Organisation[],
  filters: ContactFilters,
): Contact[] {
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  return contacts.filter(
    (contact) =>
      (filters.organisationId === null || contact.organisationId === filters.organisationId) &&
      (filters.role === null || contact.role === filters.role) &&
      (filters.language === null || contact.languages.includes(filters.language)) &&
      matchesQuery(filters.query, searchTexts(contact, byId.get(contact.organisationId ?? ''))),
  );
}

/** Sorted by family name as the list shows it in the interface language. */
export function sortContacts(contacts: readonly Contact[], language: Language): Contact[] {
  const key = (contact: Contact) => foldForSearch(displayName(contact, language, 'list'));
  return [...contacts].sort((a, b) => key(a).localeCompare(key(b), language));
}

export interface Visit {
  event: TourEvent;
  as: 'host' | 'interpreter';
}

/** The programme items where the delegation met the contact, in time order. */
export function visitsOf(contactId: string, events: readonly TourEvent[]): Visit[] {
  return events
    .filter((event) => event.hostContactIds.includes(contactId) || event.interpreterContactId === contactId)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((event) => ({ event, as: event.hostContactIds.includes(contactId) ? 'host' : 'interpreter' }));
}

export function organisationName(organisation: Organisation | undefined, language: Language): string {
  return organisation ? pickText(organisation.name, language).value : '';
}
