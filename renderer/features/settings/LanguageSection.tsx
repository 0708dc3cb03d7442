import { Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage } from '../../i18n/setup';
import { LANGUAGES, LANGUAGE_NATIVE_NAMES, isLanguage } from '../../i18n/languages';
import { useUiLanguage } from '../../i18n/useUiLanguage';

export function LanguageSection() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('settings.languageTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('settings.languageHint')}
      </Text>
      <Radio.Group
        aria-label={t('header.language')}
        value={language}
        onChange={(value) => {
          if (isLanguage(value)) void changeUiLanguage(value);
        }}
      >
        <Stack gap={6}>
          {LANGUAGES.map((code) => (
            <Radio key={code} value={code} label={<span lang={code}>{LANGUAGE_NATIVE_NAMES[code]}</span>} />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
