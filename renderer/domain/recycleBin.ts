import type {
  Contact,
  Delegate,
  Finding,
  Material,
  Organisation,
  Recommendation,
  TourEvent,
} from './entities';

/** Deleted records can be restored from "Recently deleted" for this long. */
export const RECYCLE_BIN_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Records deleted with their owner (a finding's photos) are written in the same transaction, a few
 * milliseconds apart; this bounds "the same deletion" generously for a slow laptop.
 */
export const DELETED_TOGETHER_MS = 60 * 1000;

/** True when a record deleted at `deletedAt` may still be restored at `now`. */
export function restorable(deletedAt: string | null, now: number): boolean {
  if (deletedAt === null) return false;
  const at = Date.parse(deletedAt);
  return !Number.isNaN(at) && now - at <= RECYCLE_BIN_DAYS * DAY_MS;
}

/** True when `dependent` was deleted by the same deletion as its owner (photos of a finding). */
export function deletedTogether(ownerDeletedAt: string, dependentDeletedAt: string | null): boolean {
  if (dependentDeletedAt === null) return false;
  const owner = Date.parse(ownerDeletedAt);
  const dependent = Date.parse(dependentDeletedAt);
  return Math.abs(owner - dependent) <= DELETED_TOGETHER_MS;
}

/** The kinds of record a user deletes by hand, and so can restore. */
export const BIN_KINDS = [
  'contacts',
  'organisations',
  'findings',
  'recommendations',
  'materials',
  'events',
  'delegates',
] as const;
export type BinKind = (typeof BIN_KINDS)[number];

export type BinRecord =
  | { kind: 'contacts'; record: Contact }
  | { kind: 'organisations'; record: Organisation }
  | { kind: 'findings'; record: Finding }
  | { kind: 'recommendations'; record: Recommendation }
  | { kind: 'materials'; record: Material }
  | { kind: 'events'; record: TourEvent }
  | { kind: 'delegates'; record: Delegate };

/** Newest deletion first. */
export function byDeletion(a: BinRecord, b: BinRecord): number {
  return (b.record.deletedAt ?? '').localeCompare(a.record.deletedAt ?? '');
}

/** What refers to a contact: the delete dialog says it before the user confirms. */
export interface ContactUsage {
  visits: number;
  findings: number;
  materials: number;
}

export function contactUsage(
  contactId: string,
  records: {
    events: readonly Pick<TourEvent, 'hostContactIds' | 'interpreterContactId' | 'deletedAt'>[];
    findings: readonly Pick<Finding, 'sourceContactIds' | 'deletedAt'>[];
    materials: readonly Pick<Material, 'receivedFromContactId' | 'deletedAt'>[];
  },
): ContactUsage {
  const live = <T extends { deletedAt: string | null }>(list: readonly T[]) =>
    list.filter((record) => record.deletedAt === null);
  return {
    visits: live(records.events).filter(
      (event) => event.hostContactIds.includes(contactId) || event.interpreterContactId === contactId,
    ).length,
    findings: live(records.findings).filter((finding) => finding.sourceContactIds.includes(contactId)).length,
    materials: live(records.materials).filter((material) => material.receivedFromContactId === contactId)
      .length,
  };
}
