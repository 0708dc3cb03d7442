import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Tour, TourOwned } from '../../domain/entities';
import { TOUR_RECORD_KINDS, type TourBundle, type TourRecordKind } from '../../domain/tourBundle';
import { db } from '../database';
import { keepEarlyRecords, useEarlyUntilLive } from './earlyRecords';

/**
 * The one way to read a tour: its records by kind, in one read transaction, so what a screen, the
 * search index, the translator's backlog, a document or a backup sees is one consistent picture.
 * A kind added to `TOUR_RECORD_KINDS` is read by everything that asks for all kinds, with no edit
 * here. Screens use the live hooks at the bottom, which re-read after every write.
 */

/** The records of the kinds asked for, each kind as the bundle holds it. */
export type RecordsOf<K extends TourRecordKind> = Pick<TourBundle, K>;

export interface ReadOptions {
  /** Tombstones too: a backup and an exchange must carry deletions; a document drops them itself. */
  withDeleted?: boolean;
}

function tableOf(kind: TourRecordKind): Table<TourOwned, string> {
  return db[kind] as unknown as Table<TourOwned, string>;
}

function readKind(
  kind: TourRecordKind,
  tourIds: readonly string[],
  withDeleted: boolean,
): Promise<TourOwned[]> {
  // One tour (every screen): a plain key range, which Dexie reads with one getAll request. `anyOf`
  // or a Dexie filter would walk a cursor, one IndexedDB event per record (most of a large tour's
  // start-up). Deleted records are dropped here, after the read, instead.
  const index = tableOf(kind).where('tourId');
  // Dexie's own promise (no `async`): a caller inside a transaction keeps it open across this read.
  const records = (tourIds.length === 1 ? index.equals(tourIds[0]!) : index.anyOf(tourIds)).toArray();
  return withDeleted ? records : records.then((all) => all.filter((record) => record.deletedAt === null));
}

async function readKinds<K extends TourRecordKind>(
  tourIds: readonly string[],
  kinds: readonly K[],
  withDeleted: boolean,
): Promise<RecordsOf<K>> {
  const lists = await Promise.all(kinds.map((kind) => readKind(kind, tourIds, withDeleted)));
  return Object.fromEntries(kinds.map((kind, index) => [kind, lists[index]])) as unknown as RecordsOf<K>;
}

/** Records of several tours at once (a backup of everything), by kind, in one read transaction. */
export function readRecordsOfTours<K extends TourRecordKind>(
  tourIds: readonly string[],
  kinds: readonly K[],
  { withDeleted = false }: ReadOptions = {},
): Promise<RecordsOf<K>> {
  return db.transaction('r', kinds.map(tableOf), () => readKinds(tourIds, kinds, withDeleted));
}

/** One tour's records of the kinds asked for, in one read transaction. */
export function readTourRecords<K extends TourRecordKind>(
  tourId: string,
  kinds: readonly K[],
  options: ReadOptions = {},
): Promise<RecordsOf<K>> {
  return readRecordsOfTours([tourId], kinds, options);
}

/**
 * The tour and its records of the kinds asked for, in one read transaction; null when the tour does
 * not exist or is deleted (whatever `withDeleted` says about its records).
 */
export function readTourWith<K extends TourRecordKind>(
  tourId: string,
  kinds: readonly K[],
  { withDeleted = false }: ReadOptions = {},
): Promise<(RecordsOf<K> & { tour: Tour }) | null> {
  return db.transaction('r', [db.tours, ...kinds.map(tableOf)], async () => {
    const tour = await db.tours.get(tourId);
    if (!tour || tour.deletedAt !== null) return null;
    return { tour, ...(await readKinds([tourId], kinds, withDeleted)) };
  });
}

/**
 * The tour and only the records of it named by id, live ones, in one read transaction; null when
 * the tour does not exist or is deleted. An id of another tour's record, or of none, is left out.
 * For a file that names the records it changes (a translated XLIFF): the rest of the tour is not read.
 */
export function readTourRecordsById<K extends TourRecordKind>(
  tourId: string,
  ids: { readonly [P in K]: readonly string[] },
): Promise<(RecordsOf<K> & { tour: Tour }) | null> {
  const kinds = Object.keys(ids) as K[];
  return db.transaction('r', [db.tours, ...kinds.map(tableOf)], async () => {
    const tour = await db.tours.get(tourId);
    if (!tour || tour.deletedAt !== null) return null;
    const lists = await Promise.all(kinds.map((kind) => tableOf(kind).bulkGet([...new Set(ids[kind])])));
    const records = Object.fromEntries(
      kinds.map((kind, index) => [
        kind,
        lists[index]!.filter(
          (record): record is TourOwned =>
            record !== undefined && record.deletedAt === null && record.tourId === tourId,
        ),
      ]),
    ) as unknown as RecordsOf<K>;
    return { tour, ...records };
  });
}

/**
 * Start-up's read of the records its first screen shows, kept for that screen's live hook (see
 * earlyRecords.ts). A failed read is left to the screen's own live query, which reports it.
 */
export async function readRecordsEarly(tourId: string, kinds: readonly TourRecordKind[]): Promise<void> {
  try {
    keepEarlyRecords(tourId, kinds, await readTourRecords(tourId, kinds));
  } catch {
    // Nothing kept: the screen reads for itself.
  }
}

/** Every record of one tour: what a document is built from. */
export function readTourBundle(tourId: string, options: ReadOptions = {}): Promise<TourBundle | null> {
  return readTourWith(tourId, TOUR_RECORD_KINDS, options);
}

// Live hooks: undefined while loading. `kinds` is usually a literal array, new on every render;
// its content is what the query depends on.

/** The tour and its live records of the kinds asked for; null when the tour is gone. */
export function useTourWith<K extends TourRecordKind>(
  tourId: string,
  kinds: readonly K[],
  options: ReadOptions = {},
): (RecordsOf<K> & { tour: Tour }) | null | undefined {
  const withDeleted = options.withDeleted ?? false;
  return useLiveQuery(
    () => readTourWith(tourId, kinds, { withDeleted }),
    [tourId, kinds.join(), withDeleted],
  );
}

/** The tour's live records of the kinds asked for, each kind undefined while loading. */
export function useTourRecordsOf<K extends TourRecordKind>(
  tourId: string,
  kinds: readonly K[],
): { [P in K]: TourBundle[P] | undefined } {
  const live = useLiveQuery(() => readTourRecords(tourId, kinds), [tourId, kinds.join()]);
  const records = useEarlyUntilLive(tourId, kinds, live);
  return Object.fromEntries(kinds.map((kind) => [kind, records?.[kind]])) as {
    [P in K]: TourBundle[P] | undefined;
  };
}
