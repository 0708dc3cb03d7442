import type { Language, LocalizedText } from './entities';

/** Which translations to fall back on, in order, when a text lacks the wanted language. */
const FALLBACK_ORDER: Record<Language, readonly Language[]> = {
  ru: ['ru', 'be', 'en', 'hu'],
  be: ['be', 'ru', 'en', 'hu'],
  en: ['en', 'ru', 'hu', 'be'],
  hu: ['hu', 'en', 'ru', 'be'],
};

export interface PickedText {
  value: string;
  /** The language the value is actually written in; null when the text is empty in every language. */
  language: Language | null;
  /** True when the wanted language was missing and another one was used. */
  isFallback: boolean;
}

export function hasText(text: LocalizedText, language: Language): boolean {
  return (text[language] ?? '').trim() !== '';
}

export function pickText(text: LocalizedText, language: Language): PickedText {
  for (const candidate of FALLBACK_ORDER[language]) {
    const value = text[candidate];
    if (value !== undefined && value.trim() !== '') {
      return { value, language: candidate, isFallback: candidate !== language };
    }
  }
  return { value: '', language: null, isFallback: false };
}

/** Sets one language's version; an empty string removes it so it counts as "not translated". */
export function withText(text: LocalizedText, language: Language, value: string): LocalizedText {
  const next: LocalizedText = { ...text };
  if (value.trim() === '') delete next[language];
  else next[language] = value;
  return next;
}
