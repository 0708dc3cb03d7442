import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Dexie from 'dexie';
import { format } from 'prettier';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME, SCHEMA_VERSIONS } from '../../../renderer/db/database';
import { turnOnProtection } from '../../../renderer/db/protection';
import type { DatabaseDump } from '../backup/dbFixtures';
import { dumpDb, sampleTourWithPhoto } from '../backup/laptop';
import { resetDb } from '../db/resetDb';

/**
 * A protected database as the app stored it, raw (sealed records as {$bytes}, sealed photos as
 * {$blob}), kept in tests/fixtures/db-v3-sealed/: what a database encrypted by an earlier build
 * holds, so that a change to the record cipher must still open it. The committed file was made
 * by commit 7e9a72b (records sealed by @noble/ciphers' gcm(), one key schedule per record); it is
 * made by this code only when missing.
 */
export interface SealedDump extends DatabaseDump {
  made: string;
  passphrase: string;
  /** SHA-256 of the records as the app read them after unlocking (plainDigest). */
  plainDigest: string;
}

export const SEALED_FIXTURE = new URL('../../fixtures/db-v3-sealed/database.json', import.meta.url);
const PASSPHRASE = 'Балатон осенью 2010';
// Small Argon2id parameters keep the test quick; the vault stores them, so unlocking uses them.
const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };

function toJson(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJson(inner)]));
  return value;
}

/** Every stored value with Blobs' bytes read, for JSON. */
async function withBlobBytes(value: unknown): Promise<unknown> {
  if (value instanceof Blob)
    return {
      $blob: { type: value.type, base64: Buffer.from(await value.arrayBuffer()).toString('base64') },
    };
  if (Array.isArray(value)) return Promise.all(value.map(withBlobBytes));
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, inner]) => [key, await withBlobBytes(inner)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/** A digest of what the app reads from the unlocked database (photos as their plain bytes). */
export async function plainDigest(): Promise<string> {
  const text = JSON.stringify(toJson(await withBlobBytes(await dumpDb())));
  return createHash('sha256').update(text).digest('hex');
}

async function buildSealedDump(): Promise<SealedDump> {
  await resetDb();
  await sampleTourWithPhoto();
  await turnOnProtection(PASSPHRASE, QUICK);
  const digest = await plainDigest();
  // Read as stored: a Dexie of the same schema without the app's sealing layer.
  const raw = new Dexie(DATABASE_NAME);
  raw.version(CURRENT_SCHEMA_VERSION).stores(SCHEMA_VERSIONS[CURRENT_SCHEMA_VERSION]!);
  const tables: DatabaseDump['tables'] = {};
  for (const table of raw.tables)
    tables[table.name] = toJson(await withBlobBytes(await table.toArray())) as Record<string, unknown>[];
  raw.close();
  return {
    made: 'encrypted by the app (turnOnProtection) from the sample tour with a photo',
    passphrase: PASSPHRASE,
    plainDigest: digest,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    stores: { ...SCHEMA_VERSIONS[CURRENT_SCHEMA_VERSION]! },
    tables,
  };
}

/** Reads the fixture, writing it first if it does not exist yet. */
export async function loadSealedFixture(): Promise<SealedDump> {
  if (!existsSync(SEALED_FIXTURE)) {
    mkdirSync(new URL('.', SEALED_FIXTURE), { recursive: true });
    const dump = await buildSealedDump();
    writeFileSync(SEALED_FIXTURE, await format(JSON.stringify(dump), { parser: 'json', printWidth: 110 }));
  }
  return JSON.parse(readFileSync(SEALED_FIXTURE, 'utf8')) as SealedDump;
}
