import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DelegationDeskDb, SCHEMA_VERSIONS } from '../../../renderer/db/database';
import { ENTITY_SCHEMAS } from '../../../renderer/db/entitySchemas';
import { tourSchema } from '../../../renderer/domain/entities';
import { TOUR_RECORD_KINDS, type TourRecordKind } from '../../../renderer/domain/tourBundle';
import { bytesOf, comparableAttachments } from './laptop';
import { loadFixture, revive, writeOldDatabase } from './dbFixtures';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const versions = Object.keys(SCHEMA_VERSIONS).map(Number);

const primaryKey = (row: unknown) => {
  const { id, key, peerId } = row as { id?: string; key?: string; peerId?: string };
  return id ?? key ?? peerId ?? '';
};

/** Rows in primary-key order (as IndexedDB returns them), attachments with bytes for Blobs. */
async function comparable(table: string, rows: unknown[]) {
  const sorted = [...rows].sort((a, b) => (primaryKey(a) < primaryKey(b) ? -1 : 1));
  return table === 'attachments' ? comparableAttachments(sorted as never) : sorted;
}

describe.each(versions)('a database written by schema version %i', (version) => {
  it('opens with the current version and keeps every record', async () => {
    const dump = await loadFixture(version);
    expect(dump.schemaVersion).toBe(version);
    const name = `upgrade-from-v${version}`;
    await Dexie.delete(name);
    await writeOldDatabase(name, dump);

    const current = new DelegationDeskDb(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(dump.tables)) {
      const stored = await current.table(table).toArray();
      expect(await comparable(table, stored), table).toEqual(
        await comparable(table, revive(rows) as unknown[]),
      );
    }
    // Every record is still valid for today's entity schemas.
    for (const tour of await current.tours.toArray()) expect(tourSchema.safeParse(tour).success).toBe(true);
    for (const kind of TOUR_RECORD_KINDS) {
      for (const record of await current.table(kind).toArray()) {
        const checked = ENTITY_SCHEMAS[kind as TourRecordKind].safeParse(record);
        expect(checked.success, `${kind} ${JSON.stringify(checked.error?.issues)}`).toBe(true);
      }
    }
    // Drafts (version 3) start empty on older laptops and are kept on newer ones.
    expect(await current.drafts.count()).toBe(version >= 3 ? 1 : 0);
    const photo = (await current.attachments.toArray())[0];
    expect(await bytesOf(photo!.blob)).toEqual([0xff, 0xd8, 1, 2, 0xff, 0xd9]);
    current.close();
    await Dexie.delete(name);
  });
});
