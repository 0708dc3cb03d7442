import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage } from '../i18n/setup';
import { LANGUAGES, LANGUAGE_NATIVE_NAMES, isLanguage } from '../i18n/languages';
import { useUiLanguage } from '../i18n/useUiLanguage';

/** Always visible in the header; each language is named in itself. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) void changeUiLanguage(value);
      }}
      data={LANGUAGES.map((code) => ({
        value: code,
        label: <span lang={code}>{LANGUAGE_NATIVE_NAMES[code]}</span>,
      }))}
    />
  );
}
