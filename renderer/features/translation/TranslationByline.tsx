import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Translator } from '../../domain/entities';
import { samePerson, type TranslationState } from '../../domain/translations';
import { formatDate } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/**
 * Who made the translation and whether a second person checked it; the button with which this
 * laptop's user — not the translator — marks it checked.
 */
export function TranslationByline({
  state,
  actor,
  nameOf,
  checking,
  onCheck,
}: {
  state: TranslationState;
  /** This laptop's user; null when they have not said which delegate they are. */
  actor: Translator | null | undefined;
  nameOf(who: Translator): string;
  checking: boolean;
  onCheck(): void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (state.status === 'missing' || state.status === 'original') return null;
  const by = state.note?.by;
  const checked = state.checked ? state.note?.checked : undefined;
  const reviewable = state.status !== 'needsReview' && !checked;
  const own = samePerson(by, actor ?? undefined);
  const why = !actor
    ? t('translation.review.whoAreYou')
    : own
      ? t('translation.review.ownTranslation')
      : null;
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="xs" c="dimmed">
        {by ? t('translation.review.by', { name: nameOf(by) }) : t('translation.review.byUnknown')}
      </Text>
      {state.status === 'needsReview' && (
        <Badge size="sm" color="orange.9" variant="light">
          {t('translation.review.needsReviewBadge')}
        </Badge>
      )}
      {checked && (
        <Badge size="sm" color="green.9" variant="light">
          {t('translation.review.checkedBy', {
            name: nameOf(checked.by),
            date: formatDate(checked.at.slice(0, 10), language),
          })}
        </Badge>
      )}
      {reviewable && (
        <>
          <Button
            size="compact-xs"
            variant="default"
            loading={checking}
            disabled={why !== null}
            onClick={onCheck}
          >
            {t('translation.review.check')}
          </Button>
          {why && (
            <Text size="xs" c="dimmed">
              {why}
            </Text>
          )}
        </>
      )}
    </Group>
  );
}
