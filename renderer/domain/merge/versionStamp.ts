/** The stamps every stored record carries that say which version of it this is. */
export interface Versioned {
  id: string;
  revision: number;
  updatedAt: string;
  deviceId: string;
  deletedAt: string | null;
}

/**
 * One string naming one version of a record. Two laptops holding the same stamp hold the
 * same version: a record is copied between them as it is, never re-stamped in transit.
 */
export function versionStamp(record: Versioned): string {
  return `${record.revision}|${record.updatedAt}|${record.deviceId}|${record.deletedAt ?? ''}`;
}

/**
 * A total order on versions (revision, then time, then device), used only to pick the same
 * winner on both laptops when the choice does not matter (equal contents), so that merging
 * A into B and B into A ends with the same records.
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
