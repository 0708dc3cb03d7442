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
  KeyPoint,
  Tour,
  TourEvent,
} from '../domain/entities';
import type { StoredDraft } from './drafts/storedDraft';
import type { ExchangePeer } from './exchange/exchangePeer';
import { KeyHolder } from './protection/keyHolder';
import { sealingMiddleware } from './protection/sealingMiddleware';
import { loadRecordCodec } from './protection/recordCodec';
import { isKeyVault, VAULT_SETTING } from './protection/vaultRecord';

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

/**
 * Version 2 adds `exchangePeers`: what this laptop last received from each colleague's laptop,
 * so a later exchange can tell which side changed a record since (see db/exchange).
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  exchangePeers: 'peerId',
} as const;

/**
 * Version 3 adds `drafts`: forms' unsaved input, kept as the user types so that Escape, a reload
 * or a crash loses nothing (see db/drafts.ts). Per laptop: never in a backup or an exchange file.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  drafts: 'key, updatedAt',
} as const;

/**
 * The schema of every version ever shipped, by version number: upgrade tests open databases
 * written by each. Numbers may have gaps (they are assigned ahead to parallel work).
 */
export const SCHEMA_VERSIONS: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: SCHEMA_V1,
  2: SCHEMA_V2,
  3: SCHEMA_V3,
};
export const CURRENT_SCHEMA_VERSION = Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number));

// Ids are always set by the app (UUIDs), so tables are plain `Table<T, string>`.
export class DelegationDeskDb extends Dexie {
  tours!: Table<Tour, string>;
  delegates!: Table<Delegate, string>;
  organisations!: Table<Organisation, string>;
  contacts!: Table<Contact, string>;
  events!: Table<TourEvent, string>;
  themes!: Table<KeyPoint, string>;
  findings!: Table<Finding, string>;
  recommendations!: Table<Recommendation, string>;
  materials!: Table<Material, string>;
  attachments!: Table<Attachment, string>;
  settings!: Table<Setting, string>;
  exchangePeers!: Table<ExchangePeer, string>;
  drafts!: Table<StoredDraft, string>;
  /** Encryption at rest (db/protection): whether the data key is in memory. */
  readonly protection = new KeyHolder();

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // A new, empty table: no record of version 1 changes shape, so there is nothing to upgrade.
    this.version(2).stores(SCHEMA_V2);
    // Again a new, empty table: drafts start with the first form typed in after the update.
    this.version(3).stores(SCHEMA_V3);
    // Records are sealed and opened right above IndexedDB when the database is protected.
    this.use(sealingMiddleware(this.protection));
    // Each time the database opens: protected (a key vault) or not, and locked unless its key is here.
    this.on(
      'ready',
      async (vip: Dexie) => {
        const row = (await vip.table('settings').get(VAULT_SETTING)) as { value?: unknown } | undefined;
        const vaultId = isKeyVault(row?.value) ? row.value.vaultId : null;
        // A protected database's records are opened by code loaded only then (protection/recordCodec).
        if (vaultId !== null) await loadRecordCodec();
        this.protection.opened(vaultId);
      },
      true,
    );
  }
}

/** The one database of the app. Tests reset it with `db.delete()` + `db.open()`. */
export const db = new DelegationDeskDb();
