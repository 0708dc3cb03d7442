import { Paper, Progress, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../domain/entities';
import type { LanguageCount } from '../../domain/findings';
import { LANGUAGE_NATIVE_NAMES } from '../../i18n/languages';

/** For each language: how much is translated, how much is still missing, how much needs review. */
export function TranslationCounts({
  counts,
  needingReview,
}: {
  counts: Record<Language, LanguageCount>;
  /** Per language: translations whose source changed since they were made. */
  needingReview: Record<Language, number>;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      {LANGUAGES.map((language) => {
        const count = counts[language];
        const share = count.total === 0 ? 100 : (count.translated / count.total) * 100;
        return (
          <Paper key={language} withBorder p="sm" role="group" aria-label={LANGUAGE_NATIVE_NAMES[language]}>
            <Text fw={600}>{LANGUAGE_NATIVE_NAMES[language]}</Text>
            <Text size="sm">{t('translation.missingCount', { count: count.missing })}</Text>
            {needingReview[language] > 0 && (
              <Text size="sm" c="orange.9">
                {t('translation.review.needingCount', { count: needingReview[language] })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('translation.translatedOf', { translated: count.translated, total: count.total })}
            </Text>
            <Progress value={share} mt="xs" aria-hidden />
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
