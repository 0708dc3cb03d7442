import { referencesTo } from './references';
import type { TourRecordKind } from './tourBundle';
import type {
  Unlinked,
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

/** What refers to an organisation: its people and the programme events held there. */
export interface OrganisationUsage {
  contacts: number;
  visits: number;
}

export function organisationUsage(
  organisationId: string,
  records: {
    contacts: readonly Pick<Contact, 'organisationId' | 'deletedAt'>[];
    events: readonly Pick<TourEvent, 'organisationId' | 'deletedAt'>[];
  },
): OrganisationUsage {
  const at = <T extends { organisationId: string | null; deletedAt: string | null }>(list: readonly T[]) =>
    list.filter((record) => record.deletedAt === null && record.organisationId === organisationId).length;
  return { contacts: at(records.contacts), visits: at(records.events) };
}

/** One kind of link to put back on a restore: records of `kind` get `id` back in `field`. */
export interface LinksToRestore {
  kind: TourRecordKind;
  field: string;
  ids: string[];
}

/**
 * The links a tombstone says its deletion took out, limited to fields that really refer to the
 * deleted record's table: a crafted file cannot make a restore write anything else.
 */
export function linksToRestore(kind: BinKind, unlinked: Unlinked | undefined): LinksToRestore[] {
  return referencesTo(kind).flatMap(({ kind: table, field }) => {
    const ids = unlinked?.[`${table}.${field}`] ?? [];
    return ids.length > 0 ? [{ kind: table, field, ids: [...new Set(ids)] }] : [];
  });
}

/**
 * `record` with the link to `id` put back in `field`, or null when there is nothing to do: the
 * link is there already, or the field was set to another record since (that later choice stays).
 */
export function relinked<T extends object>(record: T, field: string, id: string): T | null {
  const value = (record as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value.includes(id) ? null : { ...record, [field]: [...value, id] };
  if (value === null) return { ...record, [field]: id };
  return null;
}

/** What refers to a member of the delegation: the visits they take part in, the findings they wrote. */
export interface DelegateUsage {
  visits: number;
  findings: number;
}

export function delegateUsage(
  delegateId: string,
  records: {
    events: readonly Pick<TourEvent, 'delegateIds' | 'deletedAt'>[];
    findings: readonly Pick<Finding, 'authorDelegateId' | 'deletedAt'>[];
  },
): DelegateUsage {
  return {
    visits: records.events.filter((e) => e.deletedAt === null && e.delegateIds.includes(delegateId)).length,
    findings: records.findings.filter((f) => f.deletedAt === null && f.authorDelegateId === delegateId)
      .length,
  };
}
