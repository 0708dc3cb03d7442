import { Anchor, List, Paper, ScrollArea, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/entities';
import type { Fallback } from '../../domain/documents/fallbacks';

/**
 * How many are listed: a large tour exported in a language it is barely translated into has
 * thousands, which help nobody read here; the Translation screen works through all of them.
 */
const LISTED = 100;

/** What will not be in the document language, listed before the export so nobody is surprised. */
export function FallbackList({
  fallbacks,
  documentLanguage,
}: {
  fallbacks: Fallback[];
  documentLanguage: Language;
}) {
  const { t } = useTranslation();
  // From the interface locale, not Intl: Chromium has no Belarusian locale data.
  const languageName = (code: Language) => t(`documents.languages.${code}`);
  const documentLanguageName = languageName(documentLanguage);

  if (fallbacks.length === 0) {
    return (
      <Paper withBorder p="md">
        <Title order={2} size="h4">
          {t('documents.fallbacks.noneTitle')}
        </Title>
        <Text size="sm">{t('documents.fallbacks.none', { language: documentLanguageName })}</Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md" style={{ borderColor: 'var(--mantine-color-orange-8)' }}>
      <Title order={2} size="h4">
        {t('documents.fallbacks.title', { count: fallbacks.length })}
      </Title>
      <Text size="sm" my="xs">
        {t('documents.fallbacks.intro', { language: documentLanguageName })}
      </Text>
      {/* Focusable so the list can be scrolled with the keyboard. */}
      <ScrollArea.Autosize mah={280} type="auto" viewportProps={{ tabIndex: 0 }}>
        <List size="sm" spacing={2} aria-label={t('documents.fallbacks.listLabel')}>
          {fallbacks.slice(0, LISTED).map((fallback) => (
            <List.Item key={`${fallback.record}:${fallback.recordId}:${fallback.field}`}>
              {t('documents.fallbacks.item', {
                record: t(`documents.fallbacks.records.${fallback.record}`),
                label: fallback.label === '' ? '—' : fallback.label,
                field: t(`documents.fallbacks.fields.${fallback.field}`),
                outcome:
                  fallback.usedLanguage === null
                    ? t('documents.fallbacks.empty')
                    : t('documents.fallbacks.usedLanguage', {
                        language: languageName(fallback.usedLanguage),
                      }),
              })}
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
      {fallbacks.length > LISTED && (
        <Text size="sm" mt="xs">
          {t('documents.fallbacks.more', { count: fallbacks.length - LISTED })}{' '}
          <Anchor component={Link} to="/translation" size="sm">
            {t('documents.fallbacks.toTranslation')}
          </Anchor>
        </Text>
      )}
    </Paper>
  );
}
