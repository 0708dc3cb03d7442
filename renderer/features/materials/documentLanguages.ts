import type { Language } from '../../domain/entities';
import { displayNames } from '../../i18n/formatters';

/** Languages a received document is likely to be in; any other stored code is still shown. */
const COMMON = ['hu', 'en', 'ru', 'be', 'de', 'fr', 'uk', 'pl', 'lt', 'lv'] as const;

export function documentLanguageOptions(
  current: string,
  uiLanguage: Language,
): { value: string; label: string }[] {
  const names = displayNames(uiLanguage, 'language');
  const codes: string[] = [...COMMON];
  if (current && !codes.includes(current)) codes.push(current);
  return codes.map((code) => ({ value: code, label: names.of(code) ?? code }));
}

export function documentLanguageName(code: string, uiLanguage: Language): string {
  return displayNames(uiLanguage, 'language').of(code) ?? code;
}
