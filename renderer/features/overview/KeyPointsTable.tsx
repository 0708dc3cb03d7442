import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FINDING_KINDS } from '../../domain/entities';
import { pickText } from '../../domain/localizedText';
import type { KeyPointSummary } from '../../domain/overview';
import { formatList } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';

function GapCell({ summary }: { summary: KeyPointSummary }) {
  const { t } = useTranslation();
  if (!summary.hasGap) {
    return (
      <Badge color="teal.9" variant="filled">
        {t('overview.keyPoints.covered')}
      </Badge>
    );
  }
  return (
    <Group gap={6}>
      {summary.noFindings && (
        <Badge color="red.9" variant="filled">
          {t('overview.keyPoints.noFindings')}
        </Badge>
      )}
      {summary.noRecommendations && (
        <Badge color="orange.6" variant="filled" c="black">
          {t('overview.keyPoints.noRecommendations')}
        </Badge>
      )}
      <Anchor component={Link} to={summary.noFindings ? '/findings' : '/recommendations'} size="sm">
        {summary.noFindings ? t('overview.keyPoints.addFinding') : t('overview.keyPoints.addRecommendation')}
      </Anchor>
    </Group>
  );
}

/**
 * The heading of a column of counts, written upwards: the counts are two digits wide while the
 * headings ("Отрицательный опыт", "Negatív tanulságok") are words that would take the key points'
 * room on a 1024 px laptop, or be split.
 */
function CountHeading({ children }: { children: ReactNode }) {
  return (
    <Table.Th scope="col" style={{ verticalAlign: 'bottom', textAlign: 'center' }}>
      <span
        style={{
          display: 'inline-block',
          writingMode: 'vertical-rl',
          transform: 'rotate(180deg)',
          whiteSpace: 'nowrap',
          textAlign: 'left',
        }}
      >
        {children}
      </span>
    </Table.Th>
  );
}

/** Each key point of the terms of reference: what addressed it, what was found, what is proposed, and the gaps. */
export function KeyPointsTable({ summaries }: { summaries: readonly KeyPointSummary[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (summaries.length === 0) return <Text>{t('overview.keyPoints.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs" aria-label={t('overview.keyPoints.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={{ verticalAlign: 'bottom' }}>
              {t('overview.keyPoints.keyPoint')}
            </Table.Th>
            <CountHeading>{t('overview.keyPoints.visits')}</CountHeading>
            {FINDING_KINDS.map((kind) => (
              <CountHeading key={kind}>{t(`findings.kinds.${kind}`)}</CountHeading>
            ))}
            <CountHeading>{t('overview.keyPoints.recommendations')}</CountHeading>
            <Table.Th scope="col" style={{ verticalAlign: 'bottom' }}>
              {t('overview.keyPoints.status')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summaries.map((summary, position) => (
            <Table.Tr key={summary.keyPoint.id}>
              <Table.Th scope="row" fw={500}>
                {position + 1}. {pickText(summary.keyPoint.title, language).value}
                {summary.visits.length > 0 && (
                  <Text size="xs" fw={400} mt={2}>
                    {formatList(
                      summary.visits.map((event) => pickText(event.title, language).value),
                      language,
                    )}
                  </Text>
                )}
              </Table.Th>
              <Table.Td ta="center">{summary.visits.length}</Table.Td>
              {FINDING_KINDS.map((kind) => (
                <Table.Td key={kind} ta="center">
                  {summary.findingsByKind[kind]}
                </Table.Td>
              ))}
              <Table.Td ta="center">{summary.recommendations.length}</Table.Td>
              <Table.Td>
                <GapCell summary={summary} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
