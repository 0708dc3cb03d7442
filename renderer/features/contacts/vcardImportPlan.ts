import type { Contact, LocalizedText } from '../../domain/entities';
import { emailKey, foldedValues, type ImportEntry } from '../../domain/vcard/importPlan';
import type { VCardContact } from '../../domain/vcard/vcardContact';
import type { ContactBatch } from '../../db/contacts';
import type { Draft } from '../../db/repository';

/**
 * What a confirmed vCard preview (domain/vcard/importPlan.ts, made in the import worker) writes:
 * new contacts, contacts merged with what the card adds, and the organisations the cards name.
 */

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
