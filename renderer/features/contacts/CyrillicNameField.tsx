import { useTranslation } from 'react-i18next';
import type { CyrillicName } from '../../domain/entities';
import { suggestCyrillicName, type CyrillicLanguage, type NameParts } from '../../domain/names';
import { SuggestedNameField } from '../../ui/SuggestedNameField';

interface CyrillicNameFieldProps {
  language: CyrillicLanguage;
  parts: NameParts;
  /** The stored form; only a form with `checked: true` is ever stored by this field. */
  value: CyrillicName | undefined;
  onChange(value: CyrillicName | undefined): void;
}

/** The Latin name parts a Cyrillic form is made from, as one comparable string. */
function latinOf(parts: NameParts): string {
  return JSON.stringify([
    parts.prefix ?? '',
    parts.familyName.trim(),
    parts.givenName.trim(),
    parts.nameOrder,
  ]);
}

/**
 * The name in Russian or Belarusian: the form the transcription rules suggest, which the translator
 * accepts as it is or corrects; either way it is then stored and marked checked.
 */
export function CyrillicNameField({ language, parts, value, onChange }: CyrillicNameFieldProps) {
  const { t } = useTranslation();
  return (
    <SuggestedNameField
      keyPrefix="contacts.cyrillic"
      formName={t(`contacts.cyrillic.${language}`)}
      lang={language}
      suggestion={suggestCyrillicName(parts, language)}
      source={latinOf(parts)}
      hasName={parts.familyName.trim() !== ''}
      value={value}
      onChange={onChange}
      testId={`cyrillic-${language}`}
    />
  );
}
