import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Finding, Recommendation, KeyPoint } from '../../domain/entities';
import { pickText } from '../../domain/localizedText';
import { REVIEW_STATES, emptyCounts, reviewCountsByKeyPoint } from '../../domain/review';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/** Per key point, how many findings / recommendations are draft, proposed, approved, returned. */
export function ReviewByKeyPoint({
  themes,
  findings,
  recommendations,
}: {
  themes: readonly KeyPoint[];
  findings: readonly Finding[];
  recommendations: readonly Recommendation[];
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const counts = reviewCountsByKeyPoint(findings, recommendations);
  const ordered = [...themes].filter((theme) => theme.deletedAt === null).sort((a, b) => a.order - b.order);
  return (
    <section aria-labelledby="overview-review">
      <Title order={2} size="h4" id="overview-review">
        {t('review.overview.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('review.overview.hint')}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('review.overview.keyPoint')}</Table.Th>
            {REVIEW_STATES.map((state) => (
              <Table.Th key={state} scope="col">
                {t(`review.states.${state}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ordered.map((theme, index) => {
            const row = counts.get(theme.id) ?? { findings: emptyCounts(), recommendations: emptyCounts() };
            return (
              <Table.Tr key={theme.id}>
                <Table.Th scope="row" fw={400}>
                  {`${index + 1}. ${pickText(theme.title, language).value}`}
                </Table.Th>
                {REVIEW_STATES.map((state) => (
                  <Table.Td key={state}>{`${row.findings[state]} / ${row.recommendations[state]}`}</Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}
