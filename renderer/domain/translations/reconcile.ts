import {
  LANGUAGES,
  type Language,
  type LocalizedText,
  type TranslationMeta,
  type TranslationNote,
  type Translator,
} from '../entities';
import { hasText } from '../localizedText';
import { sameSource, textFingerprint } from './fingerprint';
import { localizedTexts } from './localizedPaths';
import { isStale, presumedOriginal, samePerson } from './translationState';

/** One language's version of one multilingual text of a record. */
export interface TextLanguage {
  path: string;
  language: Language;
}

/** What the caller of a save knows about the translations it writes, beyond the texts themselves. */
export interface TranslationIntent {
  /** The language the translations written were made from (the source the translator looked at). */
  from?: Language;
  /** Who made them, when not this laptop's user (a translator named in an imported file). */
  translator?: Translator;
  /**
   * Translations written now that were made from an earlier version of their source (a file
   * translated outside while the source was edited here): noted as made from that version, so
   * they read as needing review rather than as current.
   */
  madeFrom?: readonly (TextLanguage & { source: string })[];
  /** Translations the user read against the changed source and kept as they are. */
  confirm?: readonly TextLanguage[];
  /** Translations a second person read and marks as checked. */
  check?: readonly TextLanguage[];
}

export interface ReconcileContext {
  /** This laptop's user (the delegate they said they are), if known. */
  actor: Translator | null;
  now: string;
  intent?: TranslationIntent | undefined;
}

export type TranslationReviewProblem =
  /** A translation cannot be checked by the person who made it. */
  | 'selfCheck'
  /** Checking needs to know who checks: this laptop's user has not said which delegate they are. */
  | 'unknownChecker'
  /** A translation whose source changed is confirmed first, then checked. */
  | 'needsReview'
  /** There is no such translation (nothing written in that language). */
  | 'missing';

export class TranslationReviewError extends Error {
  constructor(
    readonly problem: TranslationReviewProblem,
    readonly target: TextLanguage,
  ) {
    super(`Cannot review ${target.path}/${target.language}: ${problem}`);
    this.name = 'TranslationReviewError';
  }
}

type Notes = Partial<Record<Language, TranslationNote>>;

function noteFrom(from: Language, source: string, extra: Partial<TranslationNote>): TranslationNote {
  return { from, fingerprint: textFingerprint(source), source, ...extra };
}

/**
 * The source of a translation of `language` written now: the one the user looked at, else the one
 * it was made from before, else the presumed original. Never a version that is itself a
 * translation of `language` (no circles). Undefined: the version is the original itself.
 */
function sourceOf(
  language: Language,
  text: LocalizedText,
  notes: Notes,
  previous: TranslationNote | undefined,
  intent: TranslationIntent | undefined,
): Language | undefined {
  const usable = (candidate: Language | undefined): candidate is Language =>
    candidate !== undefined &&
    candidate !== language &&
    hasText(text, candidate) &&
    notes[candidate]?.from !== language;
  if (usable(intent?.from)) return intent.from;
  if (usable(previous?.from)) return previous.from;
  // Not said, never a translation: the original, unless another version comes first in the order.
  const original = presumedOriginal(text, notes);
  if (original === undefined || original === language) return undefined;
  return usable(original) ? original : undefined;
}

function reconcileText(
  path: string,
  before: LocalizedText,
  after: LocalizedText,
  stored: Notes,
  context: ReconcileContext,
): Notes {
  const { intent, now } = context;
  const notes: Notes = { ...stored };
  const changed = LANGUAGES.filter((language) => !sameSource(before[language], after[language]));

  // A translation taken away takes its note with it.
  for (const language of LANGUAGES) if (!hasText(after, language)) delete notes[language];

  // Translations made before fingerprints existed start being tracked at the first change of their
  // original: they were made from the original as it was until now, so they need review.
  const original = presumedOriginal(before, stored);
  if (original !== undefined && changed.includes(original)) {
    for (const language of LANGUAGES) {
      if (language === original || changed.includes(language) || notes[language] !== undefined) continue;
      if (hasText(before, language) && hasText(after, language))
        notes[language] = noteFrom(original, before[original] ?? '', {});
    }
  }

  // Translations written now are made from their source as it is now, by whoever writes them.
  const by = intent?.translator ?? context.actor ?? undefined;
  for (const language of changed) {
    if (!hasText(after, language)) continue;
    const from = sourceOf(language, after, notes, stored[language], intent);
    const earlier = intent?.madeFrom?.find((made) => made.path === path && made.language === language);
    if (from === undefined) delete notes[language];
    else
      notes[language] = noteFrom(from, earlier?.source ?? after[from] ?? '', {
        at: now,
        ...(by ? { by } : {}),
      });
  }

  for (const target of intent?.confirm ?? []) {
    if (target.path !== path) continue;
    if (!hasText(after, target.language)) throw new TranslationReviewError('missing', target);
    const note = notes[target.language];
    const from = sourceOf(target.language, after, notes, note, note ? undefined : intent);
    if (from === undefined) continue; // the original: nothing to confirm it against
    const { checked: _outdated, ...kept } = note ?? {};
    notes[target.language] = { ...kept, ...noteFrom(from, after[from] ?? '', { at: now }) };
  }

  for (const target of intent?.check ?? []) {
    if (target.path !== path) continue;
    if (!hasText(after, target.language)) throw new TranslationReviewError('missing', target);
    if (!context.actor) throw new TranslationReviewError('unknownChecker', target);
    let note = notes[target.language];
    if (note && isStale(note, after)) throw new TranslationReviewError('needsReview', target);
    if (!note) {
      // A translation made before fingerprints: checking it fingerprints its source as it is now.
      const from = sourceOf(target.language, after, notes, undefined, intent);
      if (from === undefined) continue; // the original is not a translation to check
      note = noteFrom(from, after[from] ?? '', {});
    }
    if (samePerson(note.by, context.actor)) throw new TranslationReviewError('selfCheck', target);
    notes[target.language] = { ...note, checked: { by: context.actor, at: now } };
  }
  return notes;
}

/**
 * THE rule for translation notes: every write of a record's texts goes through it (db/repository's
 * save calls it for every record written by the app). Given the stored record, the record about to
 * be written and what the caller says about the translations, it returns the record's notes:
 * translations written now are noted as made from their source as it is now (by whom); a changed
 * source leaves the notes of its translations as they were, so those read as needing review; a
 * confirmation or a check updates the note. Notes come from the stored record, never from the
 * incoming one, so a form opened before a confirmation cannot bring old notes back.
 */
export function reconcileTranslationMeta(
  before: object | undefined,
  after: object,
  context: ReconcileContext,
): TranslationMeta | undefined {
  const stored: TranslationMeta =
    (before as { translationMeta?: TranslationMeta } | undefined)?.translationMeta ??
    // A new record may come with notes (a copy of another record): they are its own.
    (before === undefined ? (after as { translationMeta?: TranslationMeta }).translationMeta : undefined) ??
    {};
  const oldTexts = before ? localizedTexts(before) : new Map<string, LocalizedText>();
  const newTexts = localizedTexts(after);
  const result: TranslationMeta = {};
  for (const [path, text] of newTexts) {
    const notes = reconcileText(path, oldTexts.get(path) ?? {}, text, stored[path] ?? {}, context);
    if (Object.keys(notes).length > 0) result[path] = notes;
  }
  for (const target of [...(context.intent?.confirm ?? []), ...(context.intent?.check ?? [])])
    if (!newTexts.has(target.path)) throw new TranslationReviewError('missing', target);
  return Object.keys(result).length > 0 ? result : undefined;
}

/** Whether a save can change any note: a text changed, or the caller confirms or checks something. */
export function mayChangeTranslations(
  before: object | undefined,
  after: object,
  intent: TranslationIntent | undefined,
): boolean {
  if ((intent?.confirm?.length ?? 0) > 0 || (intent?.check?.length ?? 0) > 0) return true;
  const oldTexts = before ? localizedTexts(before) : new Map<string, LocalizedText>();
  const newTexts = localizedTexts(after);
  for (const [path, text] of newTexts) {
    const old = oldTexts.get(path) ?? {};
    if (LANGUAGES.some((language) => !sameSource(old[language], text[language]))) return true;
  }
  return [...oldTexts.keys()].some((path) => !newTexts.has(path));
}
