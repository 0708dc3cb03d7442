import { useRef, useState } from 'react';
import type { TourRecordKind } from '../../domain/tourBundle';
import type { RecordsOf } from './tourRecords';

/**
 * Records start-up reads before the first render, for the screen it lands on: that screen's first
 * frame then shows them, instead of a frame without them and a second render once its live query
 * has answered (after the first paint). Each read is taken once, by the first hook that asks for
 * the same tour and kinds; what nobody takes is dropped with the page, or at a lock.
 *
 * Only for kinds whose records hold no Blob: the live query's first answer is compared with the
 * early read as JSON (see useEarlyUntilLive).
 */
const early = new Map<string, unknown>();

const keyOf = (tourId: string, kinds: readonly TourRecordKind[]) => `${tourId}\n${kinds.join()}`;

/** Keeps what start-up (or an unlock: app/protection/afterUnlock.ts) read (tourRecords' readRecordsEarly) for the first hook that asks. */
export function keepEarlyRecords(tourId: string, kinds: readonly TourRecordKind[], records: unknown): void {
  early.set(keyOf(tourId, kinds), records);
}

/** Drops what no hook took: at a lock, nothing of a tour stays in memory. */
export function forgetEarlyRecords(): void {
  early.clear();
}

function takeEarlyRecords<K extends TourRecordKind>(
  tourId: string,
  kinds: readonly K[],
): RecordsOf<K> | undefined {
  const key = keyOf(tourId, kinds);
  const records = early.get(key) as RecordsOf<K> | undefined;
  early.delete(key);
  return records;
}

const sameContent = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a live query of a tour's records shows: the early read (if start-up made one for this tour
 * and these kinds) until the query answers. Its first answer, equal to the early read unless
 * something was written meanwhile, is shown as the early read's own object, so the screen is not
 * rendered again for equal records; every later answer is shown as it is.
 */
export function useEarlyUntilLive<K extends TourRecordKind>(
  tourId: string,
  kinds: readonly K[],
  live: RecordsOf<K> | undefined,
): RecordsOf<K> | undefined {
  const key = keyOf(tourId, kinds);
  const [start] = useState(() => ({ key, records: takeEarlyRecords(tourId, kinds) }));
  const initial = start.key === key ? start.records : undefined;
  const first = useRef<{ live: RecordsOf<K>; shown: RecordsOf<K> } | null>(null);
  if (live === undefined || initial === undefined) return live ?? initial;
  first.current ??= { live, shown: sameContent(live, initial) ? initial : live };
  return first.current.live === live ? first.current.shown : live;
}
