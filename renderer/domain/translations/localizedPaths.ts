import { LANGUAGES, type LocalizedText } from '../entities';

/**
 * The multilingual texts of a record, found by their shape (an object whose keys are all
 * languages and whose values are strings), with their paths: "text", "requisites.place",
 * "facts.<id>.text" (an item of a list is named by its id, else its position). Found by shape
 * rather than by a list of fields, so that a multilingual text added to an entity later is
 * tracked too without anyone remembering to list it here.
 */
export function localizedTexts(record: object): Map<string, LocalizedText> {
  const found = new Map<string, LocalizedText>();
  visit(record as Record<string, unknown>, '', 0, found);
  return found;
}

/** Fields that are stamps, notes or links, never texts: not searched. */
const SKIPPED = new Set(['vv', 'unlinked', 'translationMeta', 'blob', 'thumbnail']);
const MAX_DEPTH = 4;

export function isLocalizedTextValue(value: unknown): value is LocalizedText {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const entries = Object.entries(value);
  return entries.every(
    ([key, inner]) =>
      (LANGUAGES as readonly string[]).includes(key) && (typeof inner === 'string' || inner === undefined),
  );
}

function visit(value: unknown, path: string, depth: number, found: Map<string, LocalizedText>): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      const name = typeof id === 'string' && /^[A-Za-z0-9_:-]+$/.test(id) ? id : String(index);
      visit(item, join(path, name), depth + 1, found);
    });
    return;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return; // Blobs, Dates
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (depth === 0 && SKIPPED.has(key)) continue;
    if (!/^[A-Za-z0-9_]+$/.test(key)) continue;
    if (isLocalizedTextValue(inner)) {
      // An empty object at the top of a record is still the field (a translation removed to nothing).
      found.set(join(path, key), inner);
    } else visit(inner, join(path, key), depth + 1, found);
  }
}

const join = (path: string, name: string) => (path === '' ? name : `${path}.${name}`);
