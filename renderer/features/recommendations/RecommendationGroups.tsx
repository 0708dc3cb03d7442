import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Delegate, Finding, Recommendation, KeyPoint } from '../../domain/entities';
import { groupRecommendationsByKeyPoint } from '../../domain/findings';
import { localized } from '../../domain/names/recordLabels';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { WindowVirtualList } from '../../ui/WindowVirtualList';
import { SHORT_LIST_LENGTH } from '../../ui/useWindowVirtualRows';
import { RecommendationCard } from './RecommendationCard';

/** A recommendation card's usual height: a guess the list corrects as cards are shown. */
const CARD_HEIGHT_GUESS = 200;

interface Props {
  /** In the tour's order. */
  keyPoints: readonly KeyPoint[];
  /** In the tour's numbered order. */
  recommendations: readonly Recommendation[];
  findings: readonly Finding[];
  /** For the cards (see RecommendationCard). */
  delegates: readonly Delegate[] | undefined;
  me: Delegate | null | undefined;
  keyPointsOf(recommendation: Recommendation): string[];
  onEdit(recommendation: Recommendation): void;
  onDelete(recommendation: Recommendation, number: number): void;
}

/**
 * The recommendations under each key point, as the Findings screen shows findings; one of two key
 * points is under both, with its one number. Re-ordering is done in the numbered list.
 */
export function RecommendationGroups({
  keyPoints,
  recommendations,
  findings,
  delegates,
  me,
  keyPointsOf,
  onEdit,
  onDelete,
}: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const groups = groupRecommendationsByKeyPoint(keyPoints, recommendations, findings);
  const showAll = recommendations.length <= SHORT_LIST_LENGTH;
  return (
    <>
      {groups.map((group, index) => {
        const heading = group.key
          ? `${keyPoints.indexOf(group.key) + 1}. ${localized(group.key.title, language)}`
          : t('recommendations.keyPoints.none');
        return (
          <Stack key={group.key?.id ?? 'none'} component="section" aria-label={heading} gap="xs">
            <Title order={2} size="h4">
              {heading}
            </Title>
            {group.recommendations.length === 0 && (
              <Text c="dimmed" size="sm">
                {t('recommendations.keyPoints.empty')}
              </Text>
            )}
            <WindowVirtualList
              as="ol"
              aria-label={t('recommendations.keyPoints.listLabel', { keyPoint: heading })}
              items={group.recommendations}
              itemKey={(entry) => entry.recommendation.id}
              itemLabel={(entry) => t('recommendations.numbered', { number: entry.number })}
              estimateHeight={CARD_HEIGHT_GUESS}
              showAllUpTo={showAll ? group.recommendations.length : 0}
              belowOtherLists={index > 0}
              gap={12}
              renderItem={({ recommendation, number }) => (
                <RecommendationCard
                  recommendation={recommendation}
                  number={number}
                  count={recommendations.length}
                  findings={findings}
                  keyPoints={keyPointsOf(recommendation)}
                  delegates={delegates}
                  me={me}
                  onEdit={() => onEdit(recommendation)}
                  onDelete={() => onDelete(recommendation, number)}
                />
              )}
            />
          </Stack>
        );
      })}
    </>
  );
}
