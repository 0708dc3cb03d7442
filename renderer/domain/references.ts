import type { TourRecordKind } from './tourBundle';

/** A field of a record that holds the id (or ids) of another record. */
export interface RecordReference {
  field: string;
  target: 'tours' | TourRecordKind;
}

/**
 * Every link between records, by table. Fields may be a single id, null, or a list of ids.
 * Attachments point at their owner through ownerType/ownerId, handled separately. The one list
 * of links: imports check them (db/backup/references) and merges of duplicates move them.
 */
export const RECORD_REFERENCES: Record<TourRecordKind, readonly RecordReference[]> = {
  themes: [],
  delegates: [],
  organisations: [],
  contacts: [{ field: 'organisationId', target: 'organisations' }],
  events: [
    { field: 'organisationId', target: 'organisations' },
    { field: 'hostContactIds', target: 'contacts' },
    { field: 'delegateIds', target: 'delegates' },
    { field: 'interpreterContactId', target: 'contacts' },
    { field: 'themeIds', target: 'themes' },
  ],
  findings: [
    { field: 'themeId', target: 'themes' },
    { field: 'eventId', target: 'events' },
    { field: 'sourceContactIds', target: 'contacts' },
    { field: 'authorDelegateId', target: 'delegates' },
  ],
  recommendations: [{ field: 'findingIds', target: 'findings' }],
  materials: [
    { field: 'receivedFromContactId', target: 'contacts' },
    { field: 'eventId', target: 'events' },
    { field: 'attachmentId', target: 'attachments' },
  ],
  attachments: [],
};

/** The fields, table by table, that may hold an id of a record of `target`. */
export function referencesTo(target: TourRecordKind): { kind: TourRecordKind; field: string }[] {
  return (Object.entries(RECORD_REFERENCES) as [TourRecordKind, readonly RecordReference[]][]).flatMap(
    ([kind, references]) =>
      references.filter((reference) => reference.target === target).map(({ field }) => ({ kind, field })),
  );
}
