import type { Language } from '../entities';

/**
 * The texts of a tour as the ministry's translation tools see them: one XLIFF 2.0 unit per
 * multilingual field of a record, its id the field's key (`kind:recordId:field`), so that a
 * translated file finds its way back to the same field.
 */
export interface XliffNote {
  /** What the note says (kind, title, visit, glossary), so a tool may show it by category. */
  category: string;
  text: string;
}

/** An agreed translation of a term, carried in the unit where the term occurs (glossary module). */
export interface XliffGlossEntry {
  term: string;
  translation: string;
  definition?: string;
}

export interface XliffUnit {
  id: string;
  source: string;
  /** The translation the tour held when the file was written ('' when none). */
  target: string;
  notes: readonly XliffNote[];
  glossary: readonly XliffGlossEntry[];
  /**
   * Fingerprints of the source and of the target when the file was written: on import they tell
   * a translation made in the app meanwhile (a conflict) from one the file only replaces.
   */
  sourceAtExport: string;
  targetAtExport: string;
}

export interface XliffDocument {
  srcLang: Language;
  trgLang: Language;
  /** The tour's title: the file's `original`, so the translator sees what the texts belong to. */
  original: string;
  units: readonly XliffUnit[];
}

/** Namespaces of XLIFF 2.0 core and the modules the app writes. */
export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const GLOSSARY_NS = 'urn:oasis:names:tc:xliff:glossary:2.0';
export const METADATA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
/** The metadata group the app's own fingerprints go in. */
export const META_CATEGORY = 'delegation-desk';

/** A file larger than this is not a tour's texts; it is refused before it is parsed. */
export const MAX_XLIFF_BYTES = 32 * 1024 * 1024;

/**
 * A short fingerprint of a text (53-bit FNV-style hash, base 36): enough to tell whether a text
 * is still the one written to the file, without carrying the text twice.
 */
export function textFingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
