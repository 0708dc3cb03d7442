import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/entities';
import { LANGUAGE_NATIVE_NAMES, isLanguage } from '../i18n/languages';

/** Which translation a form's multilingual texts are typed in; the other translations are kept. */
export function TextLanguageSelect({
  value,
  onChange,
}: {
  value: Language;
  onChange(language: Language): void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('common.textLanguage')}
      description={t('common.textLanguageHint')}
      data={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NATIVE_NAMES[language] }))}
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLanguage(next)) onChange(next);
      }}
    />
  );
}
