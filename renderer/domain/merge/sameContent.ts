/**
 * Stamps that change with every write; two versions with equal everything else say the same thing.
 * `unlinked` is a tombstone's note of the links its deletion removed: two deletions of one record
 * are the same deletion, whatever each laptop unlinked. Authorship stamps likewise: the same words
 * written on two laptops are the same content.
 */
const STAMP_KEYS = new Set([
  'createdAt',
  'updatedAt',
  'deviceId',
  'revision',
  'vv',
  'unlinked',
  // Who did it and the short history say how a version came about, not what it says.
  'createdBy',
  'updatedBy',
  'changes',
]);

function canonical(value: unknown): unknown {
  if (value instanceof Blob) return { blobSize: value.size, blobType: value.type };
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]));
  }
  return value;
}

/** The record's content as a stable string: key order and stamps do not matter, deletion does. */
export function contentKey(record: object): string {
  const content = Object.fromEntries(
    Object.entries(record).filter(([key]) => !STAMP_KEYS.has(key) && key !== 'deletedAt'),
  );
  const deleted = (record as { deletedAt?: unknown }).deletedAt;
  return JSON.stringify({ content: canonical(content), deleted: deleted !== null && deleted !== undefined });
}

export function sameContent(a: object, b: object): boolean {
  return contentKey(a) === contentKey(b);
}
