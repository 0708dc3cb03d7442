import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FINDING_KINDS } from '../../domain/entities';
import type { TourCounts } from '../../domain/overview';
import { formatNumber } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/** The tour in numbers, as a description list so each number is read with its label. */
export function TourCountsGrid({ counts }: { counts: TourCounts }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const items: { key: string; label: string; value: number; detail?: string }[] = [
    { key: 'visits', label: t('overview.counts.visits'), value: counts.visits },
    { key: 'contacts', label: t('overview.counts.contacts'), value: counts.contacts },
    {
      key: 'findings',
      label: t('overview.counts.findings'),
      value: counts.findings,
      detail: FINDING_KINDS.map((kind) =>
        t(`findings.kindCounts.${kind}`, { count: counts.findingsByKind[kind] }),
      ).join(', '),
    },
    { key: 'recommendations', label: t('overview.counts.recommendations'), value: counts.recommendations },
    { key: 'materials', label: t('overview.counts.materials'), value: counts.materials },
    { key: 'photos', label: t('overview.counts.photos'), value: counts.photos },
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 6 }} m={0}>
      {items.map((item) => (
        <Card key={item.key} withBorder padding="sm">
          <Text component="dt" size="sm">
            {item.label}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {formatNumber(item.value, language)}
          </Text>
          {item.detail && (
            <Text component="dd" m={0} size="xs">
              {item.detail}
            </Text>
          )}
        </Card>
      ))}
    </SimpleGrid>
  );
}
