import { SegmentedControl } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage } from '../i18n/setup';
import { LANGUAGES, LANGUAGE_NATIVE_NAMES, isLanguage } from '../i18n/languages';
import { useUiLanguage } from '../i18n/useUiLanguage';

/**
 * Always visible in the header; each language is named in itself. Below 1200 px the names give
 * way to their codes (RU, BE, EN, HU) so the tour's title keeps room: the full name stays the
 * option's accessible name and shows on hover.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const wide = useMediaQuery('(min-width: 1200px)', true, { getInitialValueInEffect: false });
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
        label: wide ? (
          <span lang={code}>{LANGUAGE_NATIVE_NAMES[code]}</span>
        ) : (
          <span lang={code} title={LANGUAGE_NATIVE_NAMES[code]}>
            <span aria-hidden>{code.toUpperCase()}</span>
            <span className="visually-hidden">{LANGUAGE_NATIVE_NAMES[code]}</span>
          </span>
        ),
      }))}
    />
  );
}
