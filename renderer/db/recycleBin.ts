import type { Table } from 'dexie';
import type { RecordMeta } from '../domain/entities';
import {
  BIN_KINDS,
  byDeletion,
  contactUsage,
  deletedTogether,
  delegateUsage,
  linksToRestore,
  organisationUsage,
  relinked,
  restorable,
  type BinKind,
  type BinRecord,
  type ContactUsage,
  type DelegateUsage,
  type OrganisationUsage,
} from '../domain/recycleBin';
import { db } from './database';
import * as repos from './repositories';
import type { Repository } from './repository';

/**
 * "Recently deleted": deletions are tombstones (deletedAt), so nothing has to be kept aside.
 * A restore is an ordinary save (new revision, this device, now) that clears the tombstone, and
 * so travels to colleagues by exchange like any other change. The links other records hold to a
 * deleted contact (visits, findings' sources, materials) are never removed, so a restored
 * contact comes back with them; a finding or a material comes back with the photos and file
 * deleted with it.
 */

function storeOf(kind: BinKind): {
  table: Table<RecordMeta & { tourId: string }, string>;
  repo: Repository<never>;
} {
  // Heterogeneous map: each repository is only used with records read from its own table.
  const stores = {
    contacts: [db.contacts, repos.contacts],
    organisations: [db.organisations, repos.organisations],
    findings: [db.findings, repos.findings],
    recommendations: [db.recommendations, repos.recommendations],
    materials: [db.materials, repos.materials],
    events: [db.events, repos.events],
    delegates: [db.delegates, repos.delegates],
  } as const;
  const [table, repo] = stores[kind];
  return {
    table: table as unknown as Table<RecordMeta & { tourId: string }, string>,
    repo: repo as unknown as Repository<never>,
  };
}

/** Records of the tour deleted in the last 30 days (at `now`), newest deletion first. */
export async function listRecentlyDeleted(tourId: string, now: number = Date.now()): Promise<BinRecord[]> {
  const found: BinRecord[] = [];
  for (const kind of BIN_KINDS) {
    const { table } = storeOf(kind);
    const deleted = await table
      .where('tourId')
      .equals(tourId)
      .filter((record) => restorable(record.deletedAt, now))
      .toArray();
    for (const record of deleted) found.push({ kind, record } as BinRecord);
  }
  return found.sort(byDeletion);
}

/** Options of a restore made right after the deletion (Undo), which knows what it unlinked. */
export interface RestoreLinks {
  /** Recommendations a deleted finding was taken out of (tombstones now remember this themselves). */
  recommendationIds?: readonly string[];
}

/**
 * Brings a deleted record back, in one transaction, with the photos or file deleted together with
 * it and the links its deletion took out of other records (kept on the tombstone: a delegate's
 * visits, an event's findings and materials, an organisation's people, a finding's
 * recommendations). Every write is an ordinary change, so the restore travels by exchange. Does
 * nothing when the record is live.
 */
export async function restoreDeleted(kind: BinKind, id: string, links: RestoreLinks = {}): Promise<void> {
  const { table, repo } = storeOf(kind);
  const linkTables = [db.contacts, db.events, db.findings, db.materials, db.recommendations];
  await db.transaction('rw', [table, ...linkTables, db.attachments, db.settings], async () => {
    const stored = await table.get(id);
    if (!stored || stored.deletedAt === null) return;
    const { deletedAt, unlinked = {} } = stored;
    if (links.recommendationIds?.length)
      unlinked['recommendations.findingIds'] = [
        ...(unlinked['recommendations.findingIds'] ?? []),
        ...links.recommendationIds,
      ];
    // A stored record with its stamps is a valid draft: `save` clears deletedAt and re-stamps it.
    await repo.save({ ...stored } as never);
    if (kind === 'findings' || kind === 'materials') {
      const owned = await db.attachments.where('ownerId').equals(id).toArray();
      for (const attachment of owned)
        if (deletedTogether(deletedAt, attachment.deletedAt)) await repos.attachments.save({ ...attachment });
    }
    for (const { kind: linkKind, field, ids } of linksToRestore(kind, unlinked)) {
      if (!(BIN_KINDS as readonly string[]).includes(linkKind)) continue;
      const other = storeOf(linkKind as BinKind);
      for (const linkedId of ids) {
        const record = await other.table.get(linkedId);
        if (!record || record.deletedAt !== null) continue;
        const next = relinked(record, field, id);
        if (next) await other.repo.save({ ...next } as never);
      }
    }
  });
}

/** What refers to a contact now (live records only), for the delete dialog. */
export async function usageOfContact(contactId: string, tourId: string): Promise<ContactUsage> {
  const [events, findings, materials] = await Promise.all([
    db.events.where('tourId').equals(tourId).toArray(),
    db.findings.where('tourId').equals(tourId).toArray(),
    db.materials.where('tourId').equals(tourId).toArray(),
  ]);
  return contactUsage(contactId, { events, findings, materials });
}

/** What refers to an organisation now (live records only), for the delete and merge dialogs. */
export async function usageOfOrganisation(
  organisationId: string,
  tourId: string,
): Promise<OrganisationUsage> {
  const [contacts, events] = await Promise.all([
    db.contacts.where('tourId').equals(tourId).toArray(),
    db.events.where('tourId').equals(tourId).toArray(),
  ]);
  return organisationUsage(organisationId, { contacts, events });
}

/** What refers to a member of the delegation now (live records only), for the delete dialog. */
export async function usageOfDelegate(delegateId: string, tourId: string): Promise<DelegateUsage> {
  const [events, findings] = await Promise.all([
    db.events.where('tourId').equals(tourId).toArray(),
    db.findings.where('tourId').equals(tourId).toArray(),
  ]);
  return delegateUsage(delegateId, { events, findings });
}
