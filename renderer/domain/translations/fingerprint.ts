/**
 * The fingerprint of a source text: 16 hex digits that change when the text changes in any way a
 * reader would notice. Whitespace is folded (a re-wrapped line or a trailing space is no new
 * meaning) and the text is compared in Unicode NFC, so the same words typed on another laptop or
 * pasted from another program give the same fingerprint. Not a security hash: two 32-bit lanes of
 * a multiplicative hash (cyrb53's mixing) are enough to tell versions of one text apart.
 */
export function textFingerprint(text: string): string {
  const normal = normalizeSource(text);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < normal.length; index++) {
    const code = normal.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex32(h1) + hex32(h2);
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/** The text as fingerprinted: NFC, runs of whitespace as one space, no space at either end. */
export function normalizeSource(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Whether two versions of a text say the same thing (their fingerprints are equal). */
export function sameSource(a: string | undefined, b: string | undefined): boolean {
  return normalizeSource(a ?? '') === normalizeSource(b ?? '');
}
