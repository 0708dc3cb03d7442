import { LANGUAGES, type Language, type Translator } from '../entities';
import type { TranslatableField } from '../findings/translatableFields';
import { stateOfNotes, translatorKey, type TranslationState } from './translationState';

/** The state of a translator's backlog line in one language. */
export function fieldState(field: TranslatableField, language: Language): TranslationState {
  return stateOfNotes(field.notes, field.text, language);
}

/**
 * Which lines of the backlog the Translation screen shows, by the state of their translation:
 * not translated yet, needing review (the source changed), translated but not checked by a second
 * person, checked, or all.
 */
export const REVIEW_FILTERS = ['missing', 'needsReview', 'unchecked', 'checked', 'all'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export function isReviewFilter(value: unknown): value is ReviewFilter {
  return typeof value === 'string' && (REVIEW_FILTERS as readonly string[]).includes(value);
}

/** Lines made by nobody recorded (before translators were kept): the translator filter's last option. */
export const UNKNOWN_TRANSLATOR = 'unknown';

export function matchesReview(
  field: TranslatableField,
  language: Language,
  filter: ReviewFilter,
  /** translatorKey of the translator to show, UNKNOWN_TRANSLATOR, or null for anyone. */
  translator: string | null = null,
): boolean {
  const state = fieldState(field, language);
  if (translator !== null) {
    if (state.status === 'missing' || state.status === 'original') return false;
    const by = state.note?.by;
    if ((by ? translatorKey(by) : UNKNOWN_TRANSLATOR) !== translator) return false;
  }
  switch (filter) {
    case 'all':
      return true;
    case 'missing':
      return state.status === 'missing';
    case 'needsReview':
      return state.status === 'needsReview';
    case 'unchecked':
      return (state.status === 'current' || state.status === 'untracked') && !state.checked;
    // The original is no translation: it is listed under "all" only.
    case 'checked':
      return state.checked;
  }
}

/** Per language: how many of the texts have a translation that needs review. */
export function needingReviewCounts(fields: readonly TranslatableField[]): Record<Language, number> {
  const counts = Object.fromEntries(LANGUAGES.map((language) => [language, 0])) as Record<Language, number>;
  for (const field of fields) {
    if (!field.notes) continue;
    for (const language of LANGUAGES)
      if (fieldState(field, language).status === 'needsReview') counts[language] += 1;
  }
  return counts;
}

/** The translators of the texts into `language`, each once (for the translator filter). */
export function translatorsOf(fields: readonly TranslatableField[], language: Language): Translator[] {
  const found = new Map<string, Translator>();
  for (const field of fields) {
    const by = field.notes?.[language]?.by;
    if (by && !found.has(translatorKey(by))) found.set(translatorKey(by), by);
  }
  return [...found.values()];
}
