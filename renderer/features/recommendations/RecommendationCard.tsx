import { ActionIcon, Badge, Card, Group, List, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Delegate, Finding, Recommendation } from '../../domain/entities';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { localized } from '../../domain/names/recordLabels';
import { PlainText } from '../../ui/PlainText';
import { TranslationMarks } from '../../ui/TranslationMarks';
import { useTermText } from './useTermText';
import { AuthorshipLine } from '../../ui/Authorship';
import { ReviewPanel } from '../../ui/ReviewPanel';
import { takeReviewStep } from '../../db/review';
import { CardActions } from '../../ui/CardActions';

interface Props {
  recommendation: Recommendation;
  number: number;
  count: number;
  findings: readonly Finding[];
  /** "1. Title" of each key point it belongs to, in the tour's order. */
  keyPoints: readonly string[];
  /**
   * The tour's delegates and this laptop's one (see useCurrentDelegate), for the authorship line and
   * the review buttons: read once by the screen for all its cards.
   */
  delegates: readonly Delegate[] | undefined;
  me: Delegate | null | undefined;
  /** Absent where the list is not the numbered order (grouped by key point): no arrows then. */
  onMove?(delta: -1 | 1): void;
  onEdit(): void;
  onDelete(): void;
}

/** One numbered recommendation with what it is based on and the buttons to move it; goes in an `li`. */
export function RecommendationCard({
  recommendation,
  number,
  count,
  findings,
  keyPoints,
  delegates,
  me,
  onMove,
  onEdit,
  onDelete,
}: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const basedOn = recommendation.findingIds.flatMap((id) => findings.filter((finding) => finding.id === id));
  const responsible = localized(recommendation.responsible, language);
  const expectedResult = recommendation.expectedResult ?? {};
  const termText = useTermText();

  return (
    // The list's item around the card is what is named "Recommendation N" (see RecommendationsScreen).
    <Card withBorder padding="sm">
      <Group align="flex-start" wrap="nowrap">
        <Text fw={700} w={28} ta="right">
          {number}.
        </Text>
        <Stack gap="xs" style={{ flex: 1 }}>
          <div>
            <PlainText text={localized(recommendation.text, language)} />
            <TranslationMarks text={recommendation.text} language={language} />
          </div>
          <Group gap={4}>
            <Badge variant="outline" color="blue.9">
              {t(`recommendations.priorities.${recommendation.priority}`)}
            </Badge>
            {/* A concrete term replaces the rough horizon, as it does in the documents. */}
            <Badge variant="outline" color="grape.9" tt="none">
              {recommendation.term
                ? t('recommendations.termBadge', { term: termText(recommendation.term) })
                : t(`recommendations.horizons.${recommendation.horizon}`)}
            </Badge>
          </Group>
          <AuthorshipLine record={recommendation} delegates={delegates} />
          <ReviewPanel
            item={recommendation}
            label={t('recommendations.numbered', { number })}
            delegates={delegates}
            me={me}
            onStep={(action, comment) =>
              takeReviewStep('recommendations', recommendation.id, action, comment)
            }
          />
          {responsible && (
            <Text size="sm">
              {t('recommendations.form.responsible')}: {responsible}
            </Text>
          )}
          {localized(expectedResult, language) && (
            <div>
              <Text size="sm">
                {t('recommendations.expectedResult')}: {localized(expectedResult, language)}
              </Text>
              <TranslationMarks text={expectedResult} language={language} />
            </div>
          )}
          {keyPoints.length > 0 && (
            <div>
              <Text size="sm" c="dimmed">
                {t('recommendations.keyPoints.cardLabel', { count: keyPoints.length })}
              </Text>
              <List size="sm">
                {keyPoints.map((title) => (
                  <List.Item key={title}>{title}</List.Item>
                ))}
              </List>
            </div>
          )}
          {basedOn.length > 0 && (
            <div>
              <Text size="sm" c="dimmed">
                {t('recommendations.basedOn')}
              </Text>
              <List size="sm">
                {basedOn.map((finding) => (
                  <List.Item key={finding.id}>{localized(finding.title, language)}</List.Item>
                ))}
              </List>
            </div>
          )}
          <CardActions
            actions={[
              {
                text: t('common.edit'),
                label: t('recommendations.editNumbered', { number }),
                onClick: onEdit,
              },
              {
                text: t('common.delete'),
                label: t('recommendations.deleteNumbered', { number }),
                onClick: onDelete,
                danger: true,
              },
            ]}
          />
        </Stack>
        {onMove && (
          <Stack gap={4}>
            <ActionIcon
              variant="default"
              disabled={number === 1}
              aria-label={t('recommendations.moveUp', { number })}
              onClick={() => onMove(-1)}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="default"
              disabled={number === count}
              aria-label={t('recommendations.moveDown', { number })}
              onClick={() => onMove(1)}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
          </Stack>
        )}
      </Group>
    </Card>
  );
}
