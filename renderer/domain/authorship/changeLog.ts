/**
 * A record's short history: who changed which fields, when and on which laptop, so the head of
 * delegation can see what a colleague changed. Kept on the record itself (it travels in backups and
 * exchange files with it) and bounded, so a much-edited record does not grow without end.
 */

import { META_KEYS } from '../entities/metaKeys';

export type ChangeAction = 'created' | 'changed' | 'deleted' | 'restored';

export interface ChangeEntry {
  /** When (ISO timestamp of the laptop that made the change). */
  at: string;
  /** The delegate who made it, as that laptop's user said (null: not said). */
  by: string | null;
  /** The laptop it was made on. */
  device: string;
  action: ChangeAction;
  /** The fields changed ("title.en", "status"); empty for a creation or a deletion. */
  fields: string[];
}

/** The newest entries kept per record. */
export const MAX_CHANGE_ENTRIES = 20;
/** Fields named per entry; an edit of more names the first ones (a form rarely changes more). */
export const MAX_CHANGED_FIELDS = 30;

/** Fields that are the record's stamps, not its content: never named as changed. */
const STAMP_FIELDS = new Set<string>([
  ...META_KEYS,
  // Notes on the translations (domain/translations): the texts' own change is what is named.
  'translationMeta',
]);

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof Blob) return { blobSize: inner.size, blobType: inner.type };
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
      const entries = Object.entries(inner as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return Object.fromEntries(entries);
    }
    return inner;
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Blob);

/**
 * The content fields that differ between two versions of a record, sorted. A map (a multilingual
 * text) is named by its changed keys: "title.en", so a translator's work reads as such.
 */
export function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => !STAMP_FIELDS.has(key)));
  const fields: string[] = [];
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (canonical(x ?? null) === canonical(y ?? null)) continue;
    if (isPlainObject(x) && isPlainObject(y)) {
      const inner = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const sub of inner)
        if (canonical(x[sub] ?? null) !== canonical(y[sub] ?? null)) fields.push(`${key}.${sub}`);
    } else fields.push(key);
  }
  return fields.sort().slice(0, MAX_CHANGED_FIELDS);
}

const entryKey = (entry: ChangeEntry) =>
  `${entry.at}|${entry.device}|${entry.action}|${entry.fields.join(',')}`;

function byTime(a: ChangeEntry, b: ChangeEntry): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  const [x, y] = [entryKey(a), entryKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The log with one more entry, the oldest dropped beyond the bound. */
export function appendChange(log: readonly ChangeEntry[] | undefined, entry: ChangeEntry): ChangeEntry[] {
  return [...(log ?? []), entry].slice(-MAX_CHANGE_ENTRIES);
}

/**
 * The union of several versions' logs (both laptops edited; a conflict resolved): every change once,
 * in time order, the newest MAX_CHANGE_ENTRIES kept. The same on every laptop whatever the order.
 */
export function mergeChangeLogs(...logs: (readonly ChangeEntry[] | undefined)[]): ChangeEntry[] {
  const byKey = new Map<string, ChangeEntry>();
  for (const log of logs) for (const entry of log ?? []) byKey.set(entryKey(entry), entry);
  return [...byKey.values()].sort(byTime).slice(-MAX_CHANGE_ENTRIES);
}
