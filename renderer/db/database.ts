import Dexie, { RangeSet, type ObservabilitySet, type PromiseExtended, type Table } from 'dexie';
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
import { purgeDatabases } from './purgeDatabases';

/**
 * The app's first database. Turning protection on for a database that holds tours copies it, sealed,
 * into the next one (`delegation-desk-2`, …) and deletes it (db/protection/sealedCopy.ts): IndexedDB
 * cannot encrypt a database where it is without its files keeping the plain values (purgeDatabases).
 */
export const DATABASE_NAME = 'delegation-desk';
const NEXT_NAME = /^delegation-desk-([0-9]+)$/;

/** Where the name of the database in use is kept (localStorage: readable before anything opens). */
export const DATABASE_IN_USE_KEY = 'delegation-desk.database';

export function isAppDatabaseName(name: string): boolean {
  return name === DATABASE_NAME || NEXT_NAME.test(name);
}

function generation(name: string): number {
  return Number(NEXT_NAME.exec(name)?.[1] ?? 1);
}

/** The name of the database a sealed copy of `name` goes to. */
export function nextDatabaseName(name: string): string {
  return `${DATABASE_NAME}-${generation(name) + 1}`;
}

/**
 * Which database to use, given the one recorded as in use and the app's databases that exist (a
 * move interrupted by a crash leaves two): the recorded one when it exists, since a move records
 * its new database only once complete and deletes the old one only after; else the latest (the
 * record of a completed move was lost with the crash); else the recorded one, to be made.
 */
export function chooseDatabase(recorded: string, existing: readonly string[]): string {
  const ours = existing.filter(isAppDatabaseName);
  if (ours.includes(recorded) || ours.length === 0) return recorded;
  return ours.reduce((latest, name) => (generation(name) > generation(latest) ? name : latest));
}

function recordedDatabase(): string {
  try {
    return globalThis.localStorage?.getItem(DATABASE_IN_USE_KEY) ?? DATABASE_NAME;
  } catch {
    return DATABASE_NAME; // Storage refused (a worker, a locked-down profile): the first database.
  }
}

function recordDatabase(name: string): void {
  try {
    globalThis.localStorage?.setItem(DATABASE_IN_USE_KEY, name);
  } catch (error) {
    // The next start finds the database anyway (chooseDatabase): only a wasted look-up.
    console.warn('The database in use could not be recorded', error);
  }
}

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
  /** Writes asked of IndexedDB since this object was made: a copy tells whether it missed one. */
  writes = 0;
  /**
   * What must be done before the (next) open: for the app's own database (`followsMoves`), choosing
   * which one it is at the first open; after a move, deleting the old one.
   */
  private beforeOpen: Promise<void> | null;

  constructor(name: string = DATABASE_NAME, options: { followsMoves?: boolean } = {}) {
    super(name);
    this.beforeOpen = options.followsMoves ? null : Promise.resolve();
    this.version(1).stores(SCHEMA_V1);
    // A new, empty table: no record of version 1 changes shape, so there is nothing to upgrade.
    this.version(2).stores(SCHEMA_V2);
    // Again a new, empty table: drafts start with the first form typed in after the update.
    this.version(3).stores(SCHEMA_V3);
    // Records are sealed and opened right above IndexedDB when the database is protected.
    this.use(sealingMiddleware(this.protection));
    this.use({
      stack: 'dbcore',
      name: 'WriteCount',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: (req) => {
              this.writes += 1;
              return table.mutate(req);
            },
          };
        },
      }),
    });
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

  /** Opens the database, the app's own after choosing which one (Dexie's auto-open comes here too). */
  override open(): PromiseExtended<Dexie> {
    this.beforeOpen ??= this.chooseAndTidy().catch((error: unknown) => {
      // The recorded database opens all the same; leftovers are looked for again at the next start.
      console.error('Choosing the database failed', error);
    });
    return Dexie.Promise.resolve(this.beforeOpen).then(() => super.open());
  }

  /**
   * Once, before the app's database first opens: the database to use (see chooseDatabase), and any
   * other of the app's databases deleted (a move a crash interrupted: the old plain one, or an
   * unfinished copy).
   */
  private async chooseAndTidy(): Promise<void> {
    const listed = await Dexie.dependencies.indexedDB.databases?.();
    if (!listed) return;
    const existing = listed.map((info) => info.name ?? '').filter(isAppDatabaseName);
    const chosen = chooseDatabase(this.name, existing);
    if (chosen !== this.name) this.rename(chosen);
    await purgeDatabases(existing.filter((name) => name !== chosen));
  }

  /**
   * Switches this object to the database `name` (a complete copy of the current one: nothing has
   * been written here since it was made), records it as the one in use, and deletes the current one
   * with its values (purgeDatabases). Queries meanwhile wait and then read the new one; live queries
   * are told that everything changed, since they watch the old name.
   */
  async moveTo(name: string): Promise<void> {
    const previous = this.name;
    // Nothing may be written to the old database from here: closed at once, reopened under the new name.
    this.close({ disableAutoOpen: false });
    this.rename(name);
    recordDatabase(name);
    this.beforeOpen = purgeDatabases([previous]).catch((error: unknown) => {
      // The new database opens all the same; the next start deletes the old one (chooseAndTidy).
      console.error('Deleting the database moved from failed', error);
    });
    await this.open();
    Dexie.on.storagemutated.fire(everythingOf(previous, this));
  }

  private rename(name: string): void {
    // Dexie reads `name` at each open; the object stays the one the whole app imported.
    (this as { name: string }).name = name;
  }
}

/** What a live query could watch in the database `name`, all of it (as Dexie tells of a new database). */
function everythingOf(name: string, database: Dexie): ObservabilitySet {
  const everything: ObservabilitySet = {};
  for (const table of database.tables) {
    for (const index of table.schema.indexes)
      everything[`idb://${name}/${table.name}/${index.name}`] = new RangeSet(-Infinity, [[[]]]);
    everything[`idb://${name}/${table.name}/`] = new RangeSet(-Infinity, [[[]]]);
    everything[`idb://${name}/${table.name}/:dels`] = new RangeSet(-Infinity, [[[]]]);
  }
  return everything;
}

/**
 * The one database of the app: the one recorded as in use, or the one found at its first open.
 * Tests reset it with `db.delete()` + `db.open()`.
 */
export const db = new DelegationDeskDb(recordedDatabase(), { followsMoves: true });
