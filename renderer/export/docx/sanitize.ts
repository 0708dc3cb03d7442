/**
 * The one place where text from the data is made safe for a .docx: Word refuses (or "repairs")
 * a file whose XML contains characters XML 1.0 forbids, and LibreOffice will not open it.
 *
 * Removed: C0 control characters except tab and line breaks, C1 controls, lone surrogates (a
 * JavaScript string may hold them, UTF-8 cannot), and the Unicode non-characters (U+FFFE, U+FFFF,
 * U+FDD0–U+FDEF and the last two code points of every plane). Line breaks are normalised to "\n".
 *
 * Also removed: the invisible bidirectional controls — marks U+200E/U+200F/U+061C, embeddings and
 * overrides U+202A–U+202E, isolates U+2066–U+2069. Typed or pasted by accident (from a web page, a
 * PDF, a messenger), an override such as U+202E silently reverses the rest of a paragraph in Word and
 * LibreOffice, so a finding would read backwards; nothing this app writes needs them (Cyrillic,
 * Latin and even Hebrew or Arabic text is laid out by the bidi algorithm without them).
 * The Unicode line and paragraph separators U+2028/U+2029 become ordinary line breaks ("\n"): Word
 * shows them as nothing or as a box. Kept: everything else, emoji (with their joiners) included.
 */
// Matching control characters is the whole point of this expression.
/* eslint-disable no-control-regex */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/gu;
/* eslint-enable no-control-regex */

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const SEPARATORS = /[\u2028\u2029]/gu;

/**
 * Whether a text may hold anything the expressions above change: any code unit they match, and
 * every surrogate (a pair may be a non-character, a lone one is removed). Most texts hold none and
 * are passed on as they are: a large tour's report has some hundred thousand strings.
 */
/* eslint-disable no-control-regex */
const MAY_CHANGE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

export function sanitizeText(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(SEPARATORS, '\n')
    .replace(FORBIDDEN, '')
    .replace(BIDI_CONTROLS, '');
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
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = sanitizeValue(inner);
    return copy;
  }
  return value;
}
