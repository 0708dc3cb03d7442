import { readFileSync } from 'node:fs';
import { db } from '../../../renderer/db/database';
import { exportForExchange } from '../../../renderer/db/exchange';
import { attachments } from '../../../renderer/db/repositories';
import { listByTour } from '../../../renderer/db/repository';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import type { Attachment } from '../../../renderer/domain/entities';
import { resetDb } from '../db/resetDb';

const sample: unknown = JSON.parse(
  readFileSync(
    new URL('../../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url),
    'utf8',
  ),
);

/** Opens the sample tour and attaches a photo (with thumbnail) to its first finding. */
export async function sampleTourWithPhoto(photoBytes = new Uint8Array([0xff, 0xd8, 1, 2, 3, 0xff, 0xd9])) {
  const tourId = await importSampleFile(sample);
  const [finding] = await listByTour(db.findings, tourId);
  const photo = await attachments.save({
    tourId,
    ownerType: 'finding',
    ownerId: finding!.id,
    kind: 'photo',
    fileName: 'Фото приёмной.jpg',
    mimeType: 'image/jpeg',
    size: photoBytes.length,
    width: 4,
    height: 3,
    caption: { ru: 'Приёмная' },
    order: 0,
    blob: new Blob([photoBytes.slice().buffer], { type: 'image/jpeg' }),
    thumbnail: new Blob([new Uint8Array([9, 8, 7]).buffer], { type: 'image/jpeg' }),
  });
  return { tourId, findingId: finding!.id, photo };
}

export const DUMPED_TABLES = () => db.tables.map((table) => table.name).sort();

/** Every row of every table: what "the database is untouched" is checked against. */
export async function dumpDb(): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const name of DUMPED_TABLES()) dump[name] = await db.table(name).toArray();
  return dump;
}

/** Replaces the whole database with a dump: how tests switch between two delegates' laptops. */
export async function loadDb(dump: Record<string, unknown[]>): Promise<void> {
  await resetDb();
  for (const [name, rows] of Object.entries(dump)) await db.table(name).bulkPut(rows);
}

export async function bytesOf(blob: Blob | null): Promise<number[] | null> {
  return blob ? Array.from(new Uint8Array(await blob.arrayBuffer())) : null;
}

/** Attachments with their bytes instead of Blobs, comparable with toEqual. */
export async function comparableAttachments(list: Attachment[]) {
  return Promise.all(
    list.map(async (a) => ({ ...a, blob: await bytesOf(a.blob), thumbnail: await bytesOf(a.thumbnail) })),
  );
}

export type LaptopDump = Record<string, unknown[]>;

/**
 * Runs `work` on one laptop: its database as it was left (`null`: a new, empty one), and gives back
 * what the laptop holds afterwards with the work's result. Several laptops take turns in one process.
 */
export async function onLaptop<T>(
  laptop: LaptopDump | null,
  work: () => Promise<T>,
): Promise<[LaptopDump, T]> {
  if (laptop) await loadDb(laptop);
  else await resetDb();
  const result = await work();
  return [await dumpDb(), result];
}

/** The exchange file of a tour as the open laptop writes it for a colleague. */
export const exchangeFileOf = (tourId: string, senderName = 'Anna', onlyChangesFor?: string) =>
  exportForExchange({ tourId, senderName, appVersion: '0.1.0', onlyChangesFor }).then((e) => e.bytes);
