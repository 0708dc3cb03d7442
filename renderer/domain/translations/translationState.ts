import {
  LANGUAGES,
  type Language,
  type LocalizedText,
  type TranslationMeta,
  type TranslationNote,
  type Translator,
} from '../entities';
import { hasText } from '../localizedText';
import { textFingerprint } from './fingerprint';

/**
 * Where one language's version of a text stands:
 * - `missing`: not written;
 * - `original`: the version the others are translated from (nothing noted, first of the
 *   presumed order);
 * - `untracked`: a translation made before fingerprints existed (taken as up to date);
 * - `current`: a translation whose source is still the text it was made from;
 * - `needsReview`: a translation whose source has changed since (or was removed).
 */
export type TranslationStatus = 'missing' | 'original' | 'untracked' | 'current' | 'needsReview';

export interface TranslationState {
  status: TranslationStatus;
  note?: TranslationNote;
  /** For `needsReview`: the source as the translation was made from it, and as it is now. */
  oldSource?: string;
  newSource?: string;
  /** A second person checked this version (never true while it needs review). */
  checked: boolean;
}

export function noteOf(
  meta: TranslationMeta | undefined,
  path: string,
  language: Language,
): TranslationNote | undefined {
  return meta?.[path]?.[language];
}

/** Whether the translation's source still has the fingerprint the translation was made from. */
export function isStale(note: TranslationNote, text: LocalizedText): boolean {
  return textFingerprint(text[note.from] ?? '') !== note.fingerprint;
}

export function translationState(
  meta: TranslationMeta | undefined,
  path: string,
  text: LocalizedText,
  language: Language,
): TranslationState {
  return stateOfNotes(meta?.[path], text, language);
}

/**
 * Which version of a text is taken for the original when nothing says so: the delegation writes
 * in Russian (or Belarusian); English and Hungarian versions are almost always translations.
 * The Translation screen offers Russian as the source for the same reason.
 */
export const PRESUMED_ORIGINAL_ORDER: readonly Language[] = ['ru', 'be', 'en', 'hu'];

/** The version taken for the original: the first, in the presumed order, that is not a translation. */
export function presumedOriginal(
  text: LocalizedText,
  notes: Partial<Record<Language, TranslationNote>> | undefined,
  except?: Language,
): Language | undefined {
  return PRESUMED_ORIGINAL_ORDER.find(
    (language) => language !== except && hasText(text, language) && notes?.[language] === undefined,
  );
}

/** The state of one language's version of a text, given the text's notes. */
export function stateOfNotes(
  notes: Partial<Record<Language, TranslationNote>> | undefined,
  text: LocalizedText,
  language: Language,
): TranslationState {
  if (!hasText(text, language)) return { status: 'missing', checked: false };
  const note = notes?.[language];
  if (!note) {
    const original = presumedOriginal(text, notes) === language;
    return { status: original ? 'original' : 'untracked', checked: false };
  }
  if (isStale(note, text))
    return {
      status: 'needsReview',
      note,
      oldSource: note.source,
      newSource: text[note.from] ?? '',
      checked: false,
    };
  return { status: 'current', note, checked: note.checked !== undefined };
}

/** Languages whose translation of the text needs review (for the marks shown beside a text). */
export function languagesNeedingReview(
  meta: TranslationMeta | undefined,
  path: string,
  text: LocalizedText,
): Language[] {
  return LANGUAGES.filter(
    (language) => translationState(meta, path, text, language).status === 'needsReview',
  );
}

/** The same person: the same delegate, or (without delegates) the same name. */
export function samePerson(a: Translator | undefined, b: Translator | undefined): boolean {
  if (!a || !b) return false;
  if (a.delegateId !== undefined && b.delegateId !== undefined) return a.delegateId === b.delegateId;
  const name = (who: Translator) => (who.name ?? '').trim().toLocaleLowerCase();
  return name(a) !== '' && name(a) === name(b);
}

/** A stable key for a translator, for filters: the delegate, else the name. */
export function translatorKey(who: Translator): string {
  return who.delegateId !== undefined ? `delegate:${who.delegateId}` : `name:${(who.name ?? '').trim()}`;
}
