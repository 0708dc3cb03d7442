import { RECORD_REFERENCES } from '../../domain/references';
import type { TourRecordKind } from '../../domain/tourBundle';
import type { BundleKind, DataSet } from './format';
import { BackupError } from './errors';

/** Every link between records, by table (the one list lives in domain). */
export const REFERENCES = RECORD_REFERENCES;

const OWNER_TABLES: Record<string, BundleKind> = {
  finding: 'findings',
  material: 'materials',
  // A photo waiting in the trays belongs to its tour.
  tour: 'tours',
};

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** Ids that exist outside the bundle (in the local database), for exchanges that carry only changes. */
export type ExistsElsewhere = (kind: BundleKind, id: string) => boolean;

/**
 * Throws `dangling-reference` for the first link pointing at a record that is neither in the
 * bundle nor (for exchanges) already here. Tombstones count as existing: they are records too.
 */
export function checkReferences(data: DataSet, existsElsewhere: ExistsElsewhere = () => false): void {
  const ids = new Map<BundleKind, Set<string>>();
  ids.set('tours', new Set(data.tours.map((tour) => tour.id)));
  for (const [kind, records] of Object.entries(data.records))
    ids.set(kind as TourRecordKind, new Set(records.map((record) => record.id)));
  const exists = (kind: BundleKind, id: string) =>
    ids.get(kind)?.has(id) === true || existsElsewhere(kind, id);
  const dangling = (kind: BundleKind, id: string, field: string, target: string) =>
    new BackupError('dangling-reference', { kind, id, field, target });

  for (const [kind, records] of Object.entries(data.records) as [
    TourRecordKind,
    DataSet['records'][TourRecordKind],
  ][]) {
    for (const record of records) {
      if (!exists('tours', record.tourId)) throw dangling(kind, record.id, 'tourId', record.tourId);
      const fields = record as unknown as Record<string, unknown>;
      for (const reference of REFERENCES[kind]) {
        for (const target of idsIn(fields[reference.field])) {
          if (!exists(reference.target, target)) throw dangling(kind, record.id, reference.field, target);
        }
      }
      if (kind === 'attachments') {
        const ownerTable = OWNER_TABLES[String(fields.ownerType)];
        const ownerId = String(fields.ownerId);
        if (!ownerTable || !exists(ownerTable, ownerId)) throw dangling(kind, record.id, 'ownerId', ownerId);
      }
    }
  }
}
