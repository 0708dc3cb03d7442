import type { Language, LocalizedText } from '../entities';
import { pickText } from '../localizedText';

export type FallbackRecord =
  | 'tour'
  | 'theme'
  | 'delegate'
  | 'organisation'
  | 'contact'
  | 'event'
  | 'finding'
  | 'recommendation'
  | 'material'
  | 'attachment';

/**
 * One text that had no version in the document language. `usedLanguage` is the language that
 * went into the document instead, or null when the text is empty in every language.
 */
export interface Fallback {
  record: FallbackRecord;
  recordId: string;
  field: string;
  /** A few words that identify the record to a person (its title or name, as written). */
  label: string;
  usedLanguage: Language | null;
  /** The text that went into the document instead, whole (a draft export highlights it). */
  text?: string;
}

/** Where a text of a document comes from: its record and field. */
export interface TextPlace {
  record: FallbackRecord;
  recordId: string;
  field: string;
}

/**
 * Collects fallbacks while a document model is built; each text is counted once. With
 * `needsReview`, also the texts used in the document language whose translation was made from a
 * source that has changed since (a final document would carry the old meaning).
 */
export class FallbackCollector {
  private readonly seen = new Map<string, Fallback>();
  private readonly toReview = new Map<string, Fallback>();

  constructor(
    readonly language: Language,
    private readonly needsReview: (place: TextPlace) => boolean = () => false,
  ) {}

  /** The text in the document language, else the best other version (and the fallback noted). */
  pick(
    text: LocalizedText,
    where: { record: FallbackRecord; recordId: string; field: string; label?: string },
    options: { required?: boolean } = {},
  ): string {
    const picked = pickText(text, this.language);
    const missing = picked.language === null;
    if (picked.language === this.language && this.needsReview(where)) {
      const key = `${where.record}:${where.recordId}:${where.field}`;
      if (!this.toReview.has(key)) {
        const { record, recordId, field } = where;
        const label = shorten(where.label ?? picked.value);
        this.toReview.set(key, { record, recordId, field, label, usedLanguage: picked.language });
      }
    }
    if (picked.isFallback || (missing && options.required)) {
      const key = `${where.record}:${where.recordId}:${where.field}`;
      if (!this.seen.has(key)) {
        this.seen.set(key, {
          record: where.record,
          recordId: where.recordId,
          field: where.field,
          label: shorten(where.label ?? picked.value),
          usedLanguage: picked.language,
          text: picked.value,
        });
      }
    }
    return picked.value;
  }

  /** A fallback found outside pickText, e.g. a name only known in another script. */
  note(fallback: Fallback): void {
    const key = `${fallback.record}:${fallback.recordId}:${fallback.field}`;
    if (!this.seen.has(key)) this.seen.set(key, { ...fallback, label: shorten(fallback.label) });
  }

  list(): Fallback[] {
    return [...this.seen.values()];
  }

  /** The texts in the document language whose translation needs review. */
  reviewList(): Fallback[] {
    return [...this.toReview.values()];
  }
}

const LABEL_MAX = 80;

/** The first words of a long text, cut at a word boundary. */
export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LABEL_MAX) return flat;
  const cut = flat.slice(0, LABEL_MAX);
  const space = cut.lastIndexOf(' ');
  return `${space > LABEL_MAX / 2 ? cut.slice(0, space) : cut}…`;
}
