import type { Contact, Organisation } from '../domain/entities';
import { db } from './database';
import type { Draft, SaveOptions } from './repository';
import { contacts, organisations } from './repositories';

/**
 * Several contact writes that belong together (a confirmed vCard import). New organisations are
 * referred to by a local `ref` until they have an id; a contact write names either an existing
 * organisation id in its draft or the `ref` of a new one.
 */
export interface ContactBatch {
  newOrganisations: { ref: string; draft: Draft<Organisation> }[];
  contacts: { draft: Draft<Contact>; newOrganisationRef: string | null }[];
}

/**
 * Writes the batch in one transaction: any invalid record aborts all of it, so an import is never
 * left half-done. Returns the stored contacts.
 */
export async function writeContactBatch(batch: ContactBatch): Promise<Contact[]> {
  return db.transaction('rw', [db.contacts, db.organisations, db.settings], async () => {
    // All at once (one read and one write per table): record by record, a confirmed address book
    // of 10,000 cards took minutes of IndexedDB round trips on the window's thread.
    const created = await organisations.saveMany(batch.newOrganisations.map(({ draft }) => ({ draft })));
    const ids = new Map(batch.newOrganisations.map(({ ref }, index) => [ref, created[index]!.id]));
    return contacts.saveMany(
      batch.contacts.map(({ draft, newOrganisationRef }) => ({
        draft: {
          ...draft,
          organisationId:
            newOrganisationRef === null ? draft.organisationId : (ids.get(newOrganisationRef) ?? null),
        },
      })),
    );
  });
}

/**
 * Removes an organisation and unlinks its contacts, in one transaction; nothing when it is no
 * longer the version the user chose to delete (`options.basedOn`: SaveConflictError).
 */
export async function removeOrganisation(organisationId: string, options: SaveOptions = {}): Promise<void> {
  await db.transaction('rw', [db.contacts, db.organisations, db.settings], async () => {
    const linked = await db.contacts
      .where('organisationId')
      .equals(organisationId)
      .filter((contact) => contact.deletedAt === null)
      .toArray();
    for (const contact of linked) await contacts.save({ ...contact, organisationId: null });
    // The tombstone remembers its people, so a restore gives them their organisation back.
    await organisations.remove(
      organisationId,
      { 'contacts.organisationId': linked.map((contact) => contact.id) },
      options,
    );
  });
}
