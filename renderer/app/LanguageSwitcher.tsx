import { useId } from 'react';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage } from '../i18n/setup';
import { LANGUAGES, LANGUAGE_NATIVE_NAMES } from '../i18n/languages';
import { useUiLanguage } from '../i18n/useUiLanguage';
import './languageSwitcher.css';

/**
 * Always visible in the header; each language is named in itself. Below 1200 px the names give
 * way to their codes (RU, BE, EN, HU) so the tour's title keeps room: the full name stays the
 * option's accessible name and shows on hover.
 *
 * Native radio buttons styled as a segmented control by CSS alone (languageSwitcher.css): Mantine's
 * SegmentedControl slides an indicator it positions by measuring the page, which forced a layout of
 * the whole page in the middle of every start-up (and again while a screen was being built).
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const name = useId();
  const wide = useMediaQuery('(min-width: 1200px)', true, { getInitialValueInEffect: false });
  return (
    <div role="radiogroup" aria-label={t('header.language')} className="language-switcher">
      {LANGUAGES.map((code) => (
        <div key={code} className="language-switcher-option">
          <input
            type="radio"
            className="language-switcher-input"
            id={`${name}-${code}`}
            name={name}
            value={code}
            checked={code === language}
            onChange={() => void changeUiLanguage(code)}
          />
          <label htmlFor={`${name}-${code}`} className="language-switcher-label">
            {wide ? (
              <span lang={code}>{LANGUAGE_NATIVE_NAMES[code]}</span>
            ) : (
              <span lang={code} title={LANGUAGE_NATIVE_NAMES[code]}>
                <span aria-hidden>{code.toUpperCase()}</span>
                <span className="visually-hidden">{LANGUAGE_NATIVE_NAMES[code]}</span>
              </span>
            )}
          </label>
        </div>
      ))}
    </div>
  );
}
