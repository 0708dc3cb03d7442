/**
 * The four languages of the interface and of exported documents. Apart from the entity schemas
 * (which re-export them) so that the start of the app needs no validation library.
 */
export const LANGUAGES = ['ru', 'be', 'en', 'hu'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
