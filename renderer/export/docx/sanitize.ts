/**
 * The one place where text from the data is made safe for a .docx: Word refuses (or "repairs")
 * a file whose XML contains characters XML 1.0 forbids, and LibreOffice will not open it.
 *
 * Removed: C0 control characters except tab and line breaks, C1 controls, lone surrogates (a
 * JavaScript string may hold them, UTF-8 cannot), and the Unicode non-characters (U+FFFE, U+FFFF,
 * U+FDD0–U+FDEF and the last two code points of every plane). Kept: everything else, emoji and
 * right-to-left marks included. Line breaks are normalised to "\n".
 */
// Matching control characters is the whole point of this expression.
/* eslint-disable no-control-regex */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/gu;
/* eslint-enable no-control-regex */

export function sanitizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}

/**
 * A deep copy of a document model with every string sanitised. Blobs (photos) and other
 * non-plain objects are passed through untouched.
 */
export function sanitizeModel<T>(value: T): T {
  return sanitizeValue(value) as T;
}

function sanitizeValue(value: unknown): unknown {
  if (typeof value === 'string') return sanitizeText(value);
  if (Array.isArray(value)) return value.map(sanitizeValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, sanitizeValue(inner)]));
  }
  return value;
}
