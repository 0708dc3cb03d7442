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
 * - `untracked`: written, with nothing recorded about its source — the original, or a
 *   translation made before fingerprints existed (taken as up to date);
 * - `current`: a translation whose source is still the text it was made from;
 * - `needsReview`: a translation whose source has changed since (or was removed).
 */
export type TranslationStatus = 'missing' | 'untracked' | 'current' | 'needsReview';

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
  if (!hasText(text, language)) return { status: 'missing', checked: false };
  const note = noteOf(meta, path, language);
  if (!note) return { status: 'untracked', checked: false };
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
