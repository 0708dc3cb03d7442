import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../domain/entities';
import { missingLanguages } from '../domain/findings';
import { pickText } from '../domain/localizedText';

/**
 * Next to a multilingual text: which language is shown when the interface language is missing,
 * and which translations are still missing, so a gap is visible wherever the text appears.
 */
export function TranslationMarks({ text, language }: { text: LocalizedText; language: Language }) {
  const { t } = useTranslation();
  const picked = pickText(text, language);
  const missing = missingLanguages(text);
  if (missing.length === 0 && !picked.isFallback) return null;
  const codes = missing.map((code) => code.toUpperCase()).join(', ');
  return (
    <Group gap={4} component="span" display="inline-flex">
      {picked.isFallback && picked.language && (
        <Badge size="xs" variant="outline" color="grape.9">
          {t('translation.shownIn', { language: picked.language.toUpperCase() })}
        </Badge>
      )}
      {missing.length > 0 && (
        <Tooltip label={t('translation.missingTooltip', { languages: codes })}>
          <Badge size="xs" variant="outline" color="gray.8">
            {t('translation.missingShort', { languages: codes })}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
