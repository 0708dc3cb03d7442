import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Dexie from 'dexie';
import { format } from 'prettier';
import { SCHEMA_VERSIONS } from '../../../renderer/db/database';
import type { RecordMeta } from '../../../renderer/domain/entities';
import { mapSampleToBundle } from '../../../renderer/domain/sample/mapSample';
import { sampleFileSchema } from '../../../renderer/domain/sample/sampleFormat';
import { TOUR_RECORD_KINDS } from '../../../renderer/domain/tourBundle';

/**
 * Databases as each earlier schema version wrote them, kept under tests/fixtures/db-v<n>/ as
 * JSON dumps. They are made by this code (never by hand) the first time the upgrade test runs
 * and then kept, so they stay a picture of what that version wrote. To make one again, delete
 * its folder and run tests/unit/backup/dbUpgrade.test.ts.
 */
export interface DatabaseDump {
  schemaVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

export const fixturePath = (version: number) =>
  new URL(`../../fixtures/db-v${version}/database.json`, import.meta.url);

const sample = sampleFileSchema.parse(
  JSON.parse(
    readFileSync(
      new URL('../../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url),
      'utf8',
    ),
  ),
);

const DEVICE = '00000000-0000-4000-8000-0000000000de';
const AT = '2026-11-20T09:00:00.000Z';

/** What a laptop running schema `version` held: the sample tour, a photo, a deleted finding, settings. */
export function buildDump(version: number): DatabaseDump {
  let counter = 0;
  const fresh = (): RecordMeta => ({
    id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    createdAt: AT,
    updatedAt: AT,
    deviceId: DEVICE,
    revision: 1,
    deletedAt: null,
  });
  const bundle = mapSampleToBundle(sample, { fresh });
  const tables: DatabaseDump['tables'] = { tours: [bundle.tour] };
  for (const kind of TOUR_RECORD_KINDS) tables[kind] = [...bundle[kind]];
  const [finding, deleted] = bundle.findings;
  tables.findings = tables.findings!.map((record) =>
    record.id === deleted!.id ? { ...record, revision: 2, deletedAt: AT } : record,
  );
  tables.attachments!.push({
    ...fresh(),
    tourId: bundle.tour.id,
    ownerType: 'finding',
    ownerId: finding!.id,
    kind: 'photo',
    fileName: 'photo.jpg',
    mimeType: 'image/jpeg',
    size: 6,
    width: 3,
    height: 2,
    caption: { ru: 'Фото' },
    order: 0,
    blob: {
      $blob: { type: 'image/jpeg', base64: Buffer.from([0xff, 0xd8, 1, 2, 0xff, 0xd9]).toString('base64') },
    },
    thumbnail: null,
  });
  tables.settings = [
    { key: 'deviceId', value: DEVICE },
    { key: 'activeTourId', value: bundle.tour.id },
  ];
  if (version >= 2) {
    tables.exchangePeers = [
      {
        peerId: 'peer-device',
        name: 'Colleague',
        lastImportAt: AT,
        received: { [finding!.id]: `1|${AT}|${DEVICE}|` },
      },
    ];
  }
  if (version >= 3) {
    tables.drafts = [
      { key: `finding:${finding!.id}`, value: { title: { ru: 'Черновик' }, themeId: '' }, updatedAt: AT },
    ];
  }
  return { schemaVersion: version, stores: { ...SCHEMA_VERSIONS[version]! }, tables };
}

/**
 * Blobs and byte arrays do not fit in JSON: they are written as {$blob: {type, base64}} and
 * {$bytes: base64} (a protected database's sealed records) and turned back here.
 */
export function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === 'object') {
    const blob = (value as { $blob?: { type: string; base64: string } }).$blob;
    if (blob) return new Blob([Buffer.from(blob.base64, 'base64')], { type: blob.type });
    const bytes = (value as { $bytes?: string }).$bytes;
    if (typeof bytes === 'string') return new Uint8Array(Buffer.from(bytes, 'base64'));
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, revive(inner)]));
  }
  return value;
}

/** Reads the fixture of a version, writing it first if it does not exist yet. */
export async function loadFixture(version: number): Promise<DatabaseDump> {
  const path = fixturePath(version);
  if (!existsSync(path)) {
    mkdirSync(new URL('.', path), { recursive: true });
    const text = await format(JSON.stringify(buildDump(version)), { parser: 'json', printWidth: 110 });
    writeFileSync(path, text);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as DatabaseDump;
}

/** Writes the dump into an IndexedDB database with exactly that version's schema, as the old app did. */
export async function writeOldDatabase(name: string, dump: DatabaseDump): Promise<void> {
  const old = new Dexie(name);
  for (const version of Object.keys(SCHEMA_VERSIONS).map(Number)) {
    if (version > dump.schemaVersion) break;
    old.version(version).stores(version === dump.schemaVersion ? dump.stores : SCHEMA_VERSIONS[version]!);
  }
  await old.open();
  for (const [table, rows] of Object.entries(dump.tables))
    await old.table(table).bulkAdd(revive(rows) as object[]);
  old.close();
}
