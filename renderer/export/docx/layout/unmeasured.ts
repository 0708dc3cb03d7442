import { measurable } from './fonts';

/** At most this many distinct characters are named to the user. */
const MAX_NAMED = 12;

/**
 * Characters in the texts of a document model that the layout's width table does not know
 * (Chinese, Arabic, emoji…): LibreOffice and Word draw them in another font, of other widths,
 * so the contents' page numbers may be off after them. Distinct, in order of appearance.
 * Walks every string in the model, whatever its shape, so new fields are covered too.
 */
export function unmeasuredCharacters(model: unknown): string[] {
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (found.size >= MAX_NAMED) return;
    if (typeof value === 'string') {
      for (const char of value) {
        if (!measurable(char.codePointAt(0) ?? 0x20)) found.add(char);
        if (found.size >= MAX_NAMED) return;
      }
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    if (typeof Blob !== 'undefined' && value instanceof Blob) return;
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return;
    seen.add(value);
    for (const item of Array.isArray(value) ? value : Object.values(value)) visit(item);
  };
  visit(model);
  return [...found];
}
