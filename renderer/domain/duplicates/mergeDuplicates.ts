import { TEXT_MAX_LENGTH, type Contact, type LocalizedText, type Organisation } from '../entities';
import { referencesTo } from '../references';
import type { TourRecordKind } from '../tourBundle';

/**
 * Merging two records that are the same person or the same organisation: one is kept, the other
 * is deleted, and every link to the deleted one moves to the kept one. Pure: the plan says what
 * to write; db/mergeDuplicates writes it in one transaction, as ordinary changes (new versions
 * and a tombstone), so a merge reaches colleagues by exchange like any edit.
 */

export const MERGE_KINDS = ['contacts', 'organisations'] as const;
export type MergeKind = (typeof MERGE_KINDS)[number];

/** What the planner needs of any record: its id, whether it is live, and its fields. */
export interface LinkedRecord {
  id: string;
  deletedAt: string | null;
}

export type TourRecords = Partial<Record<TourRecordKind, readonly LinkedRecord[]>>;

/** A record whose links moved: its content before and after. */
export interface MovedLinks {
  kind: TourRecordKind;
  before: LinkedRecord;
  after: LinkedRecord;
}

export interface MergePlan<T> {
  /** The kept record, with what only the other one knew added (phones, translations, notes). */
  kept: T;
  removedId: string;
  /** Live records that referred to the removed one, now referring to the kept one. */
  moved: MovedLinks[];
}

function moveLink(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value) && value.includes(from)) {
    // The kept id may already be in the list (a visit hosted by both): it stays once.
    return [...new Set(value.map((id: unknown) => (id === from ? to : id)))];
  }
  return value;
}

/** Live records whose links to `from` (of table `target`) now point at `to`. */
export function moveLinks(target: MergeKind, from: string, to: string, records: TourRecords): MovedLinks[] {
  const byRecord = new Map<string, MovedLinks>();
  for (const { kind, field } of referencesTo(target)) {
    for (const record of records[kind] ?? []) {
      if (record.deletedAt !== null) continue;
      const entry = byRecord.get(`${kind}/${record.id}`) ?? { kind, before: record, after: record };
      const current = (entry.after as unknown as Record<string, unknown>)[field];
      const next = moveLink(current, from, to);
      if (next === current) continue;
      entry.after = { ...entry.after, [field]: next } as LinkedRecord;
      byRecord.set(`${kind}/${record.id}`, entry);
    }
  }
  return [...byRecord.values()];
}

const filled = (kept: string, other: string) => (kept.trim() === '' ? other : kept);

function filledText(kept: LocalizedText, other: LocalizedText): LocalizedText {
  const result: LocalizedText = { ...kept };
  for (const [language, text] of Object.entries(other) as [keyof LocalizedText, string | undefined][])
    if (text !== undefined && (result[language] ?? '').trim() === '') result[language] = text;
  return result;
}

/** Both notes when they differ (nothing written down is lost), within the length limit. */
function joinedNotes(kept: string, other: string): string {
  if (other.trim() === '' || kept.includes(other.trim())) return kept;
  if (kept.trim() === '') return other;
  const joined = `${kept}\n\n${other}`;
  return joined.length <= TEXT_MAX_LENGTH ? joined : kept;
}

const union = (kept: readonly string[], other: readonly string[]) => [...new Set([...kept, ...other])];

/** The kept contact with what only the other one knew. The kept one's own values always win. */
export function combineContacts<T extends Contact>(kept: T, other: Contact): T {
  return {
    ...kept,
    prefix: filled(kept.prefix, other.prefix),
    givenName: filled(kept.givenName, other.givenName),
    cyrillic: { ...other.cyrillic, ...kept.cyrillic },
    rank: filledText(kept.rank, other.rank),
    position: filledText(kept.position, other.position),
    organisationId: kept.organisationId ?? other.organisationId,
    phones: union(kept.phones, other.phones),
    emails: union(kept.emails, other.emails),
    languages: union(kept.languages, other.languages),
    gender: kept.gender === 'unspecified' ? other.gender : kept.gender,
    notes: joinedNotes(kept.notes, other.notes),
  };
}

/** The kept organisation with the names and details only the other one had. */
export function combineOrganisations<T extends Organisation>(kept: T, other: Organisation): T {
  return {
    ...kept,
    name: filledText(kept.name, other.name),
    city: filled(kept.city, other.city),
    address: filled(kept.address, other.address),
    website: filled(kept.website, other.website),
    notes: joinedNotes(kept.notes, other.notes),
  };
}

export class MergeNotPossibleError extends Error {
  constructor(reason: string) {
    super(`Cannot merge: ${reason}`);
    this.name = 'MergeNotPossibleError';
  }
}

function check(kept: LinkedRecord & { tourId: string }, removed: LinkedRecord & { tourId: string }) {
  if (kept.id === removed.id) throw new MergeNotPossibleError('a record cannot be merged with itself');
  if (kept.deletedAt !== null || removed.deletedAt !== null)
    throw new MergeNotPossibleError('both records must be live');
  if (kept.tourId !== removed.tourId)
    throw new MergeNotPossibleError('the records belong to different tours');
}

/** Keeps `kept`, removes `removed`: the plan of a contacts merge. */
export function planContactMerge<T extends Contact>(kept: T, removed: T, records: TourRecords): MergePlan<T> {
  check(kept, removed);
  return {
    kept: combineContacts(kept, removed),
    removedId: removed.id,
    moved: moveLinks('contacts', removed.id, kept.id, records),
  };
}

/** Keeps `kept`, removes `removed`: the plan of an organisations merge. */
export function planOrganisationMerge<T extends Organisation>(
  kept: T,
  removed: T,
  records: TourRecords,
): MergePlan<T> {
  check(kept, removed);
  return {
    kept: combineOrganisations(kept, removed),
    removedId: removed.id,
    moved: moveLinks('organisations', removed.id, kept.id, records),
  };
}
