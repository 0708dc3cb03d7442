import type { TourBundle, TourRecordKind } from '../../domain/tourBundle';
import { lockedSinceStart } from './protectionMode';

type Records = Partial<Pick<TourBundle, TourRecordKind>>;

/** A promise as React's `use` reads it: once settled, at once (its status and value written on it). */
type Settling = Promise<void> & { status?: 'fulfilled'; value?: undefined };

interface EarlyRead {
  /** Settles when the read does (a failed read leaves no records); never rejects. */
  done: Settling;
  records?: Records;
}

/**
 * Records read at start-up, while the first screen's script is still loading (app/earlyStart.ts):
 * the screen then renders with them at once instead of mounting empty, asking the database again and
 * rendering a second time. Each read is given out once, to the first screen that asks; that screen's
 * live read follows as usual and replaces it if anything changed meanwhile.
 */
const early = new Map<string, EarlyRead>();

const keyOf = (tourId: string, kinds: readonly TourRecordKind[]) => `${tourId} ${kinds.join()}`;

/** Keeps what `read` finds for a screen that asks for these kinds of this tour (see takeEarlyRead). */
export function keepEarlyRead(
  tourId: string,
  kinds: readonly TourRecordKind[],
  read: Promise<Records>,
): void {
  const settled = () => Object.assign(entry.done, { status: 'fulfilled', value: undefined });
  const entry: EarlyRead = {
    // A native promise (Dexie's own would not wake React up), settled either way: a protected database
    // not unlocked yet, or any other failure, leaves the screen to read for itself.
    done: Promise.resolve(read).then(
      (records) => {
        entry.records = records;
        settled();
      },
      () => {
        settled();
      },
    ),
  };
  early.set(keyOf(tourId, kinds), entry);
}

/**
 * Start-up's read of these kinds of this tour, not given out yet: the screen waits for it to end
 * (React's `use`: at once when it has) rather than render empty and ask the database again.
 */
export function earlyReadDone(tourId: string, kinds: readonly TourRecordKind[]): Promise<void> | undefined {
  return lockedSinceStart() ? undefined : early.get(keyOf(tourId, kinds))?.done;
}

/**
 * The records start-up read for these kinds of this tour, once; undefined when none were read, the
 * read failed or has not finished, or the database was locked since (they may be out of date).
 */
export function takeEarlyRead<K extends TourRecordKind>(
  tourId: string,
  kinds: readonly K[],
): Pick<TourBundle, K> | undefined {
  const entry = early.get(keyOf(tourId, kinds));
  early.delete(keyOf(tourId, kinds));
  return lockedSinceStart() ? undefined : (entry?.records as Pick<TourBundle, K> | undefined);
}
