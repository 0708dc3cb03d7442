import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseDatabase, db, DelegationDeskDb, nextDatabaseName } from '../../../renderer/db/database';
import { ChangedMeanwhileError, protectionMode, turnOnProtection } from '../../../renderer/db/protection';
import { listByTour } from '../../../renderer/db/repository';
import { sampleTourWithPhoto } from '../backup/laptop';
import { resetDb } from './resetDb';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

// Small Argon2id parameters keep the tests quick.
const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };

async function databaseNames(): Promise<string[]> {
  return (await Dexie.dependencies.indexedDB.databases()).map((info) => info.name ?? '').sort();
}

describe('which database the app uses', () => {
  it('keeps the recorded one when it exists, else takes the latest copy (its record lost), else makes it', () => {
    expect(chooseDatabase('delegation-desk', ['delegation-desk', 'delegation-desk-2'])).toBe(
      'delegation-desk',
    );
    expect(chooseDatabase('delegation-desk-2', ['delegation-desk', 'delegation-desk-2'])).toBe(
      'delegation-desk-2',
    );
    expect(chooseDatabase('delegation-desk', ['delegation-desk-2', 'delegation-desk-10'])).toBe(
      'delegation-desk-10',
    );
    expect(chooseDatabase('delegation-desk', ['another-app'])).toBe('delegation-desk');
    expect(nextDatabaseName('delegation-desk')).toBe('delegation-desk-2');
    expect(nextDatabaseName('delegation-desk-9')).toBe('delegation-desk-10');
  });
});

describe('turning protection on for a database that holds a tour', () => {
  beforeEach(resetDb);
  afterEach(() => vi.restoreAllMocks());

  it('moves everything, sealed, into a new database and deletes the plain one', async () => {
    const { tourId } = await sampleTourWithPhoto();
    const findings = await listByTour(db.findings, tourId);
    const plainName = db.name;
    await turnOnProtection('Балатон осенью 2010', QUICK);
    expect(db.name).toBe(nextDatabaseName(plainName));
    const names = await databaseNames();
    expect(names).toContain(db.name);
    expect(names).not.toContain(plainName);
    expect(protectionMode()).toBe('unlocked');
    expect(await listByTour(db.findings, tourId)).toEqual(findings);
  });

  it('abandons the copy when the database is written to meanwhile: the plain one stays in use, unchanged but for that write', async () => {
    const { tourId } = await sampleTourWithPhoto();
    const plainName = db.name;
    const open = DelegationDeskDb.prototype.open;
    // The copy's new database opening: a delegate saves something at that moment.
    vi.spyOn(DelegationDeskDb.prototype, 'open').mockImplementation(function (this: DelegationDeskDb) {
      if (this !== db) void db.settings.put({ key: 'typed meanwhile', value: 'kept' });
      return open.call(this);
    });
    await expect(turnOnProtection('Балатон осенью 2010', QUICK)).rejects.toBeInstanceOf(
      ChangedMeanwhileError,
    );
    vi.restoreAllMocks();
    expect(db.name).toBe(plainName);
    expect(protectionMode()).toBe('off');
    expect(await databaseNames()).not.toContain(nextDatabaseName(plainName));
    expect((await db.settings.get('typed meanwhile'))?.value).toBe('kept');
    expect((await listByTour(db.findings, tourId)).length).toBeGreaterThan(0);
  });
});

describe('the first open after a move a crash interrupted', () => {
  beforeEach(() => db.close());
  afterEach(resetDb);

  async function make(name: string, tourName: string) {
    const database = new DelegationDeskDb(name);
    await database.open();
    await database.settings.put({ key: 'which', value: tourName });
    database.close();
  }

  it('uses the recorded database and deletes an unfinished copy', async () => {
    await make('delegation-desk', 'the plain one');
    await make('delegation-desk-2', 'an unfinished copy');
    const app = new DelegationDeskDb('delegation-desk', { followsMoves: true });
    expect((await app.settings.get('which'))?.value).toBe('the plain one');
    expect(await databaseNames()).not.toContain('delegation-desk-2');
    app.close();
    await app.delete();
  });

  it('finds the copy when the record of the move was lost after the plain one was deleted', async () => {
    await make('delegation-desk-3', 'the protected copy');
    const app = new DelegationDeskDb('delegation-desk', { followsMoves: true });
    expect((await app.settings.get('which'))?.value).toBe('the protected copy');
    expect(app.name).toBe('delegation-desk-3');
    expect(await databaseNames()).not.toContain('delegation-desk');
    app.close();
    await app.delete();
  });
});
