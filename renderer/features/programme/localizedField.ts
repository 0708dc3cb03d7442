import { LANGUAGES, type Language, type LocalizedText } from '../../domain/entities';
import { withText } from '../../domain/localizedText';

/** Sets one language's text while typing, kept as typed (trimming happens on save). */
export function setTextIn(text: LocalizedText, language: Language, value: string): LocalizedText {
  return { ...text, [language]: value };
}

/** Before saving: a blank translation is removed, so it counts as "not translated yet". */
export function cleanLocalized(text: LocalizedText): LocalizedText {
  return LANGUAGES.reduce<LocalizedText>(
    (result, language) => withText(result, language, text[language] ?? ''),
    {},
  );
}
