import type { Contact, LocalizedText, Organisation } from '../../domain/entities';
import { foldForSearch } from '../../domain/names';
import type { VCardContact } from '../../domain/vcard/vcardContact';
import type { ContactBatch } from '../../db/contacts';
import type { Draft } from '../../db/repository';

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

const foldedValues = (text: LocalizedText): string[] =>
  Object.values(text)
    .map((value) => foldForSearch(value ?? ''))
    .filter((value) => value !== '');

function findOrganisation(name: LocalizedText, organisations: readonly Organisation[]): Organisation | null {
  const wanted = new Set(foldedValues(name));
  if (wanted.size === 0) return null;
  return (
    organisations.find((organisation) => foldedValues(organisation.name).some((v) => wanted.has(v))) ?? null
  );
}

/** Family and given name as an order-free key: "Kiss Gábor" and "Gábor Kiss" are the same person. */
const nameKey = (familyName: string, givenName: string) =>
  [foldForSearch(familyName), foldForSearch(givenName)].sort().join('|');

const emailKey = (email: string) => email.trim().toLowerCase();

export function planVCardImport(
  cards: readonly VCardContact[],
  contacts: readonly Contact[],
  organisations: readonly Organisation[],
): ImportEntry[] {
  return cards.map((card) => {
    const organisation = findOrganisation(card.organisationName, organisations);
    const organisationId = organisation?.id ?? null;
    const hasOrganisationName = foldedValues(card.organisationName).length > 0;
    const emails = new Set(card.emails.map(emailKey));
    const byEmail = contacts.find((contact) => contact.emails.some((email) => emails.has(emailKey(email))));
    const byName = byEmail
      ? undefined
      : contacts.find(
          (contact) =>
            nameKey(contact.familyName, contact.givenName) === nameKey(card.familyName, card.givenName) &&
            // same organisation: the same matched record, or neither has one
            contact.organisationId === organisationId &&
            !(organisationId === null && hasOrganisationName),
        );
    const duplicateOf = byEmail ?? byName ?? null;
    return {
      card,
      duplicateOf,
      duplicateReason: byEmail ? 'email' : byName ? 'nameAndOrganisation' : null,
      organisationId,
      newOrganisationName: organisation === null && hasOrganisationName ? card.organisationName : null,
      decision: duplicateOf ? 'skip' : 'add',
    };
  });
}

/** A new contact from a card. */
export function contactDraftFromCard(
  card: VCardContact,
  tourId: string,
  organisationId: string | null,
): Draft<Contact> {
  return {
    tourId,
    prefix: card.prefix,
    familyName: card.familyName,
    givenName: card.givenName,
    nameOrder: card.nameOrder,
    cyrillic: card.cyrillic,
    rank: card.rank,
    position: card.position,
    organisationId,
    phones: card.phones,
    emails: card.emails,
    languages: card.languages,
    gender: card.gender,
    role: card.role ?? 'other',
    notes: card.notes,
  };
}

const fillText = (existing: LocalizedText, incoming: LocalizedText): LocalizedText => ({
  ...incoming,
  ...existing,
});

function union(
  existing: readonly string[],
  incoming: readonly string[],
  key: (value: string) => string,
): string[] {
  const seen = new Set(existing.map(key));
  return [...existing, ...incoming.filter((value) => !seen.has(key(value)))];
}

const phoneKey = (phone: string) => phone.replace(/[^\d+]/g, '');

/**
 * Merging keeps everything the stored contact already says and adds what the card knows beyond it:
 * missing translations, phones, e-mails, languages, a missing given name or prefix, and its notes.
 */
export function mergeCardIntoContact(
  contact: Contact,
  card: VCardContact,
  organisationId: string | null,
): Draft<Contact> {
  const notes =
    card.notes.trim() === '' || contact.notes.includes(card.notes.trim())
      ? contact.notes
      : [contact.notes.trim(), card.notes.trim()].filter((part) => part !== '').join('\n\n');
  return {
    ...contact,
    prefix: contact.prefix.trim() !== '' ? contact.prefix : card.prefix,
    givenName: contact.givenName.trim() !== '' ? contact.givenName : card.givenName,
    cyrillic: { ...card.cyrillic, ...contact.cyrillic },
    rank: fillText(contact.rank, card.rank),
    position: fillText(contact.position, card.position),
    organisationId: contact.organisationId ?? organisationId,
    phones: union(contact.phones, card.phones, phoneKey),
    emails: union(contact.emails, card.emails, emailKey),
    languages: union(contact.languages, card.languages, (value) => value),
    gender: contact.gender !== 'unspecified' ? contact.gender : card.gender,
    notes,
  };
}

export interface ImportSummary {
  added: number;
  merged: number;
  skipped: number;
  organisationsCreated: number;
}

/** Turns the confirmed preview into the writes `writeContactBatch` performs in one transaction. */
export function importBatch(
  tourId: string,
  entries: readonly ImportEntry[],
): { batch: ContactBatch; summary: ImportSummary } {
  const batch: ContactBatch = { newOrganisations: [], contacts: [] };
  const summary: ImportSummary = { added: 0, merged: 0, skipped: 0, organisationsCreated: 0 };
  const refs = new Map<string, string>();
  for (const entry of entries) {
    if (entry.decision === 'skip') {
      summary.skipped += 1;
      continue;
    }
    const merging = entry.decision === 'merge' && entry.duplicateOf !== null;
    // A merged contact keeps the organisation it has; only otherwise may the card's new one be needed.
    const keepsOrganisation = merging && entry.duplicateOf?.organisationId != null;
    let newOrganisationRef: string | null = null;
    if (entry.organisationId === null && entry.newOrganisationName && !keepsOrganisation) {
      const key = foldedValues(entry.newOrganisationName).sort().join('|');
      newOrganisationRef = refs.get(key) ?? `new-${refs.size}`;
      if (!refs.has(key)) {
        refs.set(key, newOrganisationRef);
        batch.newOrganisations.push({
          ref: newOrganisationRef,
          draft: {
            tourId,
            kind: 'other',
            name: entry.newOrganisationName,
            city: '',
            address: '',
            website: '',
            notes: '',
          },
        });
        summary.organisationsCreated += 1;
      }
    }
    if (merging && entry.duplicateOf) {
      batch.contacts.push({
        draft: mergeCardIntoContact(entry.duplicateOf, entry.card, entry.organisationId),
        newOrganisationRef,
      });
      summary.merged += 1;
    } else {
      batch.contacts.push({
        draft: contactDraftFromCard(entry.card, tourId, entry.organisationId),
        newOrganisationRef,
      });
      summary.added += 1;
    }
  }
  return { batch, summary };
}
