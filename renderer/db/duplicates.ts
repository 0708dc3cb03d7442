import type { Table } from 'dexie';
import type { Contact, Organisation, RecordMeta } from '../domain/entities';
import {
  planContactMerge,
  planOrganisationMerge,
  type MergeKind,
  type MergePlan,
  type TourRecords,
} from '../domain/duplicates';
import { referencesTo } from '../domain/references';
import type { TourRecordKind } from '../domain/tourBundle';
import { db } from './database';
import * as repos from './repositories';
import type { Repository } from './repository';

/**
 * Merges of duplicates: the plan comes from domain/duplicates, the writes happen here in one
 * transaction. Each write is an ordinary change of this laptop (a new version of every record
 * whose links moved, of the kept record, and a tombstone for the removed one), so the merge
 * reaches colleagues by exchange like any other edit, and nothing is half-merged.
 */

type AnyTable = Table<RecordMeta & { tourId: string }, string>;

function storeOf(kind: TourRecordKind): { table: AnyTable; repo: Repository<never> } {
  // Heterogeneous map: each repository is only used with records read from its own table.
  const stores = {
    themes: [db.themes, repos.themes],
    delegates: [db.delegates, repos.delegates],
    organisations: [db.organisations, repos.organisations],
    contacts: [db.contacts, repos.contacts],
    events: [db.events, repos.events],
    findings: [db.findings, repos.findings],
    recommendations: [db.recommendations, repos.recommendations],
    materials: [db.materials, repos.materials],
    attachments: [db.attachments, repos.attachments],
  } as const;
  const [table, repo] = stores[kind];
  return { table: table as unknown as AnyTable, repo: repo as unknown as Repository<never> };
}

/** The tables that may refer to records of `kind`: the ones a merge reads and writes. */
function referringKinds(kind: MergeKind): TourRecordKind[] {
  return [...new Set(referencesTo(kind).map((reference) => reference.kind))];
}

async function writeMerge<T extends Contact | Organisation>(
  kind: MergeKind,
  keptId: string,
  removedId: string,
  plan: (kept: T, removed: T, records: TourRecords) => MergePlan<T>,
): Promise<MergePlan<T>> {
  const referring = referringKinds(kind);
  const tables = [...new Set([kind, ...referring])].map((each) => storeOf(each).table);
  return db.transaction('rw', [...tables, db.settings], async () => {
    const own = storeOf(kind);
    const [kept, removed] = (await Promise.all([own.table.get(keptId), own.table.get(removedId)])) as [
      T | undefined,
      T | undefined,
    ];
    if (!kept || !removed) throw new Error(`No ${kind} ${kept ? removedId : keptId}`);
    const records: TourRecords = {};
    for (const each of referring)
      records[each] = await storeOf(each).table.where('tourId').equals(kept.tourId).toArray();
    const result = plan(kept, removed, records);
    // A stored record with its stamps is a valid draft: `save` re-stamps it as a new version.
    await own.repo.save({ ...result.kept } as never);
    for (const { kind: movedKind, after } of result.moved) {
      if (movedKind === kind && after.id === removedId) continue;
      await storeOf(movedKind).repo.save({ ...after } as never);
    }
    await own.repo.remove(removedId);
    return result;
  });
}

/** Keeps one contact and removes the other, moving every link (visits, sources, materials). */
export function mergeContacts(keptId: string, removedId: string): Promise<MergePlan<Contact>> {
  return writeMerge<Contact>('contacts', keptId, removedId, planContactMerge);
}

/** Keeps one organisation and removes the other, moving its people and programme events. */
export function mergeOrganisations(keptId: string, removedId: string): Promise<MergePlan<Organisation>> {
  return writeMerge<Organisation>('organisations', keptId, removedId, planOrganisationMerge);
}
