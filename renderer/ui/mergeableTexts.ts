import { LANGUAGES, type Language, type LocalizedText } from '../domain/entities';
import { withText } from '../domain/localizedText';
import { differingFields, isLocalizedText } from './conflictFields';

/**
 * Plain-string fields that hold free text a person writes (names, notes, places). Other plain
 * strings are ids, choices from a list, dates or codes: merging them by hand makes no sense.
 * Multilingual fields are free text throughout.
 */
const FREE_TEXT_FIELDS = new Set([
  'prefix',
  'familyName',
  'givenName',
  'patronymic',
  'notes',
  'place',
  'address',
  'city',
  'website',
  'number',
]);

/** One text the user may merge by hand: a plain field, or one language of a multilingual one. */
export interface MergeableText {
  /** Unique within the conflict: the field, and the language for a multilingual field. */
  key: string;
  field: string;
  language: Language | null;
  mine: string;
  stored: string;
}

type Fields = Record<string, unknown>;

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The texts that differ between the form's version and the one saved meanwhile, field by field. */
export function mergeableTexts(mine: object, stored: object): MergeableText[] {
  const a = mine as Fields;
  const b = stored as Fields;
  const texts: MergeableText[] = [];
  for (const field of differingFields(a, b)) {
    const ours = a[field];
    const theirs = b[field];
    const multilingual =
      (isLocalizedText(ours) || ours === undefined) &&
      (isLocalizedText(theirs) || theirs === undefined) &&
      (ours !== undefined || theirs !== undefined);
    if (multilingual) {
      const x = (ours ?? {}) as LocalizedText;
      const y = (theirs ?? {}) as LocalizedText;
      for (const language of LANGUAGES)
        if ((x[language] ?? '') !== (y[language] ?? ''))
          texts.push({
            key: `${field}.${language}`,
            field,
            language,
            mine: x[language] ?? '',
            stored: y[language] ?? '',
          });
    } else if (FREE_TEXT_FIELDS.has(field) && typeof (ours ?? theirs) === 'string') {
      texts.push({ key: field, field, language: null, mine: asText(ours), stored: asText(theirs) });
    }
  }
  return texts;
}

/**
 * The fields to write over the form's version: each merged text in its field (a multilingual
 * field keeps the form's other languages). `merged` maps MergeableText keys to what the user wrote.
 */
export function mergedPatch(
  mine: object,
  texts: readonly MergeableText[],
  merged: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const source = mine as Fields;
  const patch: Fields = {};
  for (const text of texts) {
    const value = merged[text.key] ?? text.mine;
    if (text.language === null) {
      patch[text.field] = value.trim();
      continue;
    }
    const current = (patch[text.field] ?? source[text.field] ?? {}) as LocalizedText;
    patch[text.field] = withText(current, text.language, value.trim());
  }
  return patch;
}
