/**
 * A record's causal history as a version vector: for each laptop (device id), how many of
 * the record's versions it has made that this version has seen. Version A descends from B
 * when A has seen everything B has; neither descending from the other means they were made
 * concurrently (a conflict). Wall clocks are never compared. README ("Exchange between
 * laptops") says how this maps onto CouchDB revisions.
 */
export type VersionVector = Readonly<Record<string, number>>;

/** The highest counter (and revision) a record may carry; imports above it are refused. */
export const MAX_COUNTER = 2 ** 31;
/** Laptops one record's history may name; far more than a delegation has. */
export const MAX_HISTORY_DEVICES = 500;

/** What a record carries about its version: its history, or (records of before histories) its stamps. */
export interface HistoryCarrier {
  deviceId: string;
  revision: number;
  vv?: VersionVector | undefined;
}

/**
 * The record's history. Records written before histories existed (databases, backups and
 * exchange files of bundle format 1) carry only the last writer and its revision: read as
 * "that laptop's n-th version". Two such records of different writers are concurrent, so the
 * first exchange after the upgrade may ask once where the old rules would have guessed.
 */
export function historyOf(record: HistoryCarrier): VersionVector {
  return record.vv ?? { [record.deviceId]: Math.min(record.revision, MAX_COUNTER) };
}

export type Ancestry = 'same' | 'older' | 'newer' | 'concurrent';

/** How history `a` relates to history `b`: `older` when b has seen all of a. */
export function compareHistories(a: VersionVector, b: VersionVector): Ancestry {
  let aAhead = false;
  let bAhead = false;
  for (const device of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[device] ?? 0;
    const y = b[device] ?? 0;
    if (x > y) aAhead = true;
    else if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'newer';
  if (bAhead) return 'older';
  return 'same';
}

/** The least history that has seen both. */
export function joinHistories(a: VersionVector, b: VersionVector): VersionVector {
  const joined: Record<string, number> = { ...a };
  for (const [device, count] of Object.entries(b)) joined[device] = Math.max(joined[device] ?? 0, count);
  return joined;
}

/**
 * The history of a new version made on `device` on top of `base`. At the bound (only a
 * crafted file gets there) the counter stays: the record remains editable and valid.
 */
export function advanceHistory(base: VersionVector, device: string): VersionVector {
  return { ...base, [device]: Math.min((base[device] ?? 0) + 1, MAX_COUNTER) };
}

/** One canonical string per history, for maps and equality. */
export function historyKey(history: VersionVector): string {
  return Object.keys(history)
    .sort()
    .map((device) => `${device}:${history[device]}`)
    .join(',');
}
