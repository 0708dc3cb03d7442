import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/entities';
import type { DocumentVerdict, VerdictReview, VerdictSectionItem } from '../../domain/documents/verdict';

/** The Translation screen showing exactly a section's texts, into the document language. */
export function translationLink(item: VerdictSectionItem, documentLanguage: Language): string {
  const params = new URLSearchParams({ into: documentLanguage, texts: item.textKeys.join(',') });
  if (item.mostlyFrom !== documentLanguage) params.set('from', item.mostlyFrom);
  return `/translation?${params.toString()}`;
}

/**
 * Whether the chosen document can be sent as it is in the chosen language; if not, how many texts
 * came from another language, section by section, each a link to exactly those texts.
 */
export function DocumentVerdictPanel({
  verdict,
  documentLanguage,
  draftMark,
}: {
  verdict: DocumentVerdict;
  documentLanguage: Language;
  /** The draft's mark in the document language ("ПРОЕКТ"), as the draft will carry it. */
  draftMark: string;
}) {
  const { t } = useTranslation();
  const language = t(`documents.languages.${documentLanguage}`);
  if (verdict.ready) {
    return (
      <Paper withBorder p="md" role="status" style={{ borderColor: 'var(--mantine-color-green-8)' }}>
        <Title order={2} size="h4">
          {t('documents.verdict.readyTitle')}
        </Title>
        <Text size="sm">{t('documents.verdict.ready', { language })}</Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md" role="status" style={{ borderColor: 'var(--mantine-color-orange-8)' }}>
      {verdict.total > 0 && (
        <FallbackVerdict verdict={verdict} documentLanguage={documentLanguage} draftMark={draftMark} />
      )}
      {verdict.review.count > 0 && (
        <ReviewVerdict review={verdict.review} documentLanguage={documentLanguage} />
      )}
    </Paper>
  );
}

/** The translations in the document language made from a source that changed since. */
function ReviewVerdict({ review, documentLanguage }: { review: VerdictReview; documentLanguage: Language }) {
  const { t } = useTranslation();
  const params = new URLSearchParams({ into: documentLanguage, review: 'needsReview' });
  if (review.textKeys.length > 0) params.set('texts', review.textKeys.join(','));
  return (
    <>
      <Title order={2} size="h4" mt="xs">
        {t('documents.verdict.reviewTitle', { count: review.count })}
      </Title>
      <Text size="sm" my="xs">
        {t('documents.verdict.reviewBody', { language: t(`documents.languages.${documentLanguage}`) })}
      </Text>
      <Anchor component={Link} to={`/translation?${params.toString()}`} size="sm">
        {t('documents.verdict.reviewLink', { count: review.count })}
      </Anchor>
    </>
  );
}

/** How many texts came from another language, section by section, each a link to exactly those texts. */
function FallbackVerdict({
  verdict,
  documentLanguage,
  draftMark,
}: {
  verdict: DocumentVerdict;
  documentLanguage: Language;
  draftMark: string;
}) {
  const { t } = useTranslation();
  const language = t(`documents.languages.${documentLanguage}`);
  return (
    <>
      <Title order={2} size="h4">
        {t('documents.verdict.notReadyTitle', { count: verdict.total })}
      </Title>
      <Text size="sm" my="xs">
        {t('documents.verdict.notReady', { language, mark: draftMark })}
      </Text>
      <List size="sm" spacing={2} aria-label={t('documents.verdict.listLabel')}>
        {verdict.sections.map((item) => {
          const line = t('documents.verdict.section', {
            section: t(`documents.verdict.sections.${item.section}`),
            count: item.count,
          });
          return (
            <List.Item key={item.section}>
              {item.textKeys.length > 0 ? (
                <Anchor component={Link} to={translationLink(item, documentLanguage)} size="sm">
                  {line}
                </Anchor>
              ) : (
                line
              )}
            </List.Item>
          );
        })}
      </List>
    </>
  );
}
