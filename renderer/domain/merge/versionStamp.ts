import type { ChangeEntry } from '../authorship/changeLog';
import { historyKey, historyOf, type VersionVector } from './versionVector';

/** The stamps every stored record carries that say which version of it this is. */
export interface Versioned {
  id: string;
  revision: number;
  updatedAt: string;
  deviceId: string;
  deletedAt: string | null;
  /** The causal history (see versionVector.ts); absent on records written before histories. */
  vv?: VersionVector | undefined;
  /** The short history of changes (domain/authorship); absent on older records. */
  changes?: readonly ChangeEntry[] | undefined;
}

/**
 * One string naming one version of a record: its history. Two laptops holding the same stamp
 * hold the same version: a record is copied between them as it is, never re-stamped in transit.
 */
export function versionStamp(record: Versioned): string {
  return historyKey(historyOf(record));
}

/**
 * A total order on versions (revision, then time, then device), used only to pick the same
 * stamps on every laptop when two concurrent versions say the same thing, so that merging A
 * into B and B into A ends with the same records. Never decides between different contents.
 */
export function compareVersions(a: Versioned, b: Versioned): number {
  if (a.revision !== b.revision) return a.revision - b.revision;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? -1 : 1;
  if (a.deviceId !== b.deviceId) return a.deviceId < b.deviceId ? -1 : 1;
  const aDeleted = a.deletedAt ?? '';
  const bDeleted = b.deletedAt ?? '';
  if (aDeleted !== bDeleted) return aDeleted < bDeleted ? -1 : 1;
  return 0;
}
