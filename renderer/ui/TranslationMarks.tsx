import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type LocalizedText } from '../domain/entities';
import { missingLanguages } from '../domain/findings';
import { pickText } from '../domain/localizedText';

interface Props {
  /** One text, or the texts of one record (a finding's title and text): one set of marks for all. */
  text: LocalizedText | readonly LocalizedText[];
  language: Language;
}

/**
 * Next to a multilingual text: which language is shown when the interface language is missing,
 * and which translations are still missing, so a gap is visible wherever the text appears. A
 * record with several texts gets one mark naming every language any of them lacks.
 */
export function TranslationMarks({ text, language }: Props) {
  const { t } = useTranslation();
  const texts: readonly LocalizedText[] = Array.isArray(text) ? text : [text as LocalizedText];
  const fallback = texts
    .map((one) => pickText(one, language))
    .find((picked) => picked.isFallback && picked.language);
  const missingSet = new Set(texts.flatMap((one) => missingLanguages(one)));
  const missing = LANGUAGES.filter((code) => missingSet.has(code));
  if (missing.length === 0 && !fallback) return null;
  const codes = missing.map((code) => code.toUpperCase()).join(', ');
  return (
    <Group gap={4} component="span" display="inline-flex">
      {fallback?.language && (
        <Badge size="xs" variant="outline" color="grape.9">
          {t('translation.shownIn', { language: fallback.language.toUpperCase() })}
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
