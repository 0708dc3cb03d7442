import { LANGUAGES, type Language, type LocalizedText } from './entities';
import { withText } from './localizedText';

/** Sets one language's text while typing: kept raw so that a leading space is not lost mid-word. */
export function setLanguage(text: LocalizedText, language: Language, value: string): LocalizedText {
  return { ...text, [language]: value };
}

/** Before saving: blank versions removed (a blank is "not translated"), the rest kept as typed. */
export function cleanText(text: LocalizedText): LocalizedText {
  return LANGUAGES.reduce<LocalizedText>(
    (result, language) => withText(result, language, text[language] ?? ''),
    {},
  );
}
