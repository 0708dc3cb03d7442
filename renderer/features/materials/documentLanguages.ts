import type { Language } from '../../domain/entities';
import { languageName } from '../../i18n/formatters';

/** Languages a received document is likely to be in; any other stored code is still shown. */
const COMMON = ['hu', 'en', 'ru', 'be', 'de', 'fr', 'uk', 'pl', 'lt', 'lv'] as const;

export function documentLanguageOptions(
  current: string,
  uiLanguage: Language,
): { value: string; label: string }[] {
  const codes: string[] = [...COMMON];
  if (current && !codes.includes(current)) codes.push(current);
  return codes.map((code) => ({ value: code, label: languageName(code, uiLanguage) }));
}

export function documentLanguageName(code: string, uiLanguage: Language): string {
  return languageName(code, uiLanguage);
}
