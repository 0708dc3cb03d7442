/**
 * Whether two form states say the same thing. A text typed and erased leaves `{ru: ''}` where
 * the record had `{}`, and key order may differ: neither is a change worth a draft or a question.
 */
export function sameValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

function normalised(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalised);
  if (value === null || typeof value !== 'object' || value instanceof Blob) return value;
  const entries = Object.entries(value)
    .filter(([, inner]) => inner !== undefined && inner !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, inner]) => [key, normalised(inner)] as const);
  return Object.fromEntries(entries);
}
