import type { Contact, LocalizedText, Organisation } from '../entities';
import { foldForSearch } from '../names';
import type { VCardContact } from './vcardContact';
import { runSteps, type Steps } from '../steps';

/**
 * The preview of a vCard import: one entry per card, with the duplicate it matches (same e-mail, or
 * same name and organisation) and what the user chose to do with it. Nothing is written from here.
 */
export type ImportDecision = 'add' | 'merge' | 'skip';
export type DuplicateReason = 'email' | 'nameAndOrganisation';

export interface ImportEntry {
  card: VCardContact;
  duplicateOf: Contact | null;
  duplicateReason: DuplicateReason | null;
  /** An existing organisation whose name matches the card's ORG. */
  organisationId: string | null;
  /** The card names an organisation the tour does not have yet: it is created on import. */
  newOrganisationName: LocalizedText | null;
  decision: ImportDecision;
}

/** How often (in cards) progress is told: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 250;

export const foldedValues = (text: LocalizedText): string[] =>
  Object.values(text)
    .map((value) => foldForSearch(value ?? ''))
    .filter((value) => value !== '');

/** Family and given name as an order-free key: "Kiss Gábor" and "Gábor Kiss" are the same person. */
const nameKey = (familyName: string, givenName: string) =>
  [foldForSearch(familyName), foldForSearch(givenName)].sort().join('|');

export const emailKey = (email: string) => email.trim().toLowerCase();

/**
 * One entry per card, in the file's order. The tour's contacts and organisations are folded once,
 * not once per card: a file of thousands of cards is planned in the import worker in well under a
 * second. `onProgress` hears how many cards are planned.
 */
export function planVCardImport(
  cards: readonly VCardContact[],
  contacts: readonly Contact[],
  organisations: readonly Organisation[],
  onProgress?: (done: number, total: number) => void,
): ImportEntry[] {
  return runSteps(planVCardImportSteps(cards, contacts, organisations, onProgress));
}

/**
 * planVCardImport in steps of PROGRESS_EVERY cards: the import worker pauses between them while
 * the person acts in the window (see runStepsPaced).
 */
export function* planVCardImportSteps(
  cards: readonly VCardContact[],
  contacts: readonly Contact[],
  organisations: readonly Organisation[],
  onProgress?: (done: number, total: number) => void,
): Steps<ImportEntry[]> {
  const known = contacts.map((contact) => ({
    contact,
    emails: new Set(contact.emails.map(emailKey)),
    name: nameKey(contact.familyName, contact.givenName),
  }));
  const organisationNames = organisations.map((organisation) => ({
    organisation,
    names: foldedValues(organisation.name),
  }));
  const findOrganisation = (name: LocalizedText): Organisation | null => {
    const wanted = new Set(foldedValues(name));
    if (wanted.size === 0) return null;
    return organisationNames.find(({ names }) => names.some((v) => wanted.has(v)))?.organisation ?? null;
  };
  const entries: ImportEntry[] = [];
  for (const [index, card] of cards.entries()) {
    if (index % PROGRESS_EVERY === 0) {
      if (index > 0) yield;
      onProgress?.(index, cards.length);
    }
    const organisation = findOrganisation(card.organisationName);
    const organisationId = organisation?.id ?? null;
    const hasOrganisationName = foldedValues(card.organisationName).length > 0;
    const emails = card.emails.map(emailKey);
    const byEmail = known.find((entry) => emails.some((email) => entry.emails.has(email)))?.contact;
    const cardName = nameKey(card.familyName, card.givenName);
    const byName = byEmail
      ? undefined
      : known.find(
          ({ contact, name }) =>
            name === cardName &&
            // same organisation: the same matched record, or neither has one
            contact.organisationId === organisationId &&
            !(organisationId === null && hasOrganisationName),
        )?.contact;
    const duplicateOf = byEmail ?? byName ?? null;
    entries.push({
      card,
      duplicateOf,
      duplicateReason: byEmail ? 'email' : byName ? 'nameAndOrganisation' : null,
      organisationId,
      newOrganisationName: organisation === null && hasOrganisationName ? card.organisationName : null,
      decision: duplicateOf ? 'skip' : 'add',
    });
  }
  return entries;
}
