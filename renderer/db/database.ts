import Dexie, { type Table } from 'dexie';
import type {
  Attachment,
  Contact,
  Delegate,
  Finding,
  Material,
  Organisation,
  Recommendation,
  Setting,
  Theme,
  Tour,
  TourEvent,
} from '../domain/entities';

export const DATABASE_NAME = 'delegation-desk';

/**
 * Version 1 of the schema. Every later change is a new `this.version(n)` block with an
 * upgrade function, never an edit of an earlier one: databases on the delegates'
 * laptops were written by those versions and must keep opening.
 */
export const SCHEMA_V1 = {
  tours: 'id, updatedAt',
  delegates: 'id, tourId, updatedAt',
  organisations: 'id, tourId, updatedAt',
  contacts: 'id, tourId, organisationId, updatedAt',
  events: 'id, tourId, start, updatedAt',
  themes: 'id, tourId, updatedAt',
  findings: 'id, tourId, themeId, eventId, updatedAt',
  recommendations: 'id, tourId, updatedAt',
  materials: 'id, tourId, eventId, updatedAt',
  attachments: 'id, tourId, ownerId, updatedAt',
  settings: 'key',
} as const;

// Ids are always set by the app (UUIDs), so tables are plain `Table<T, string>`.
export class DelegationDeskDb extends Dexie {
  tours!: Table<Tour, string>;
  delegates!: Table<Delegate, string>;
  organisations!: Table<Organisation, string>;
  contacts!: Table<Contact, string>;
  events!: Table<TourEvent, string>;
  themes!: Table<Theme, string>;
  findings!: Table<Finding, string>;
  recommendations!: Table<Recommendation, string>;
  materials!: Table<Material, string>;
  attachments!: Table<Attachment, string>;
  settings!: Table<Setting, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
  }
}

/** The one database of the app. Tests reset it with `db.delete()` + `db.open()`. */
export const db = new DelegationDeskDb();
