import { useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Delegate } from '../domain/entities';
import { delegateName } from '../domain/names/recordLabels';
import {
  REVIEWER_ROLE,
  ReviewNotAllowedError,
  reviewProblem,
  reviewStateOf,
  type ReviewAction,
  type ReviewState,
  type Reviewed,
} from '../domain/review';
import { formatMoment } from '../i18n/formatters';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { useSaveAction } from './useSaveAction';

const COLORS: Record<ReviewState, string> = {
  draft: 'gray.8',
  proposed: 'blue.9',
  approved: 'teal.9',
  returned: 'orange.9',
};

/** The review state of an item as a badge: "Draft", "Proposed", "Approved", "Returned". */
export function ReviewBadge({ item }: { item: Reviewed }) {
  const { t } = useTranslation();
  const state = reviewStateOf(item);
  return (
    <Badge color={COLORS[state]} variant={state === 'approved' ? 'filled' : 'outline'}>
      {t(`review.states.${state}`)}
    </Badge>
  );
}

interface Props {
  item: Reviewed;
  /** The item's name in the buttons' accessible names ("Approve “Evening office hours”"). */
  label: string;
  delegates: readonly Delegate[] | undefined;
  /** The delegate this laptop's user is (db/identity); null: not said. */
  me: Delegate | null | undefined;
  onStep(action: ReviewAction, comment: string): Promise<unknown>;
}

/**
 * Where an item stands in the review and who moved it there ("Approved by Ковалёв А. П., …", a
 * return's comment), with the steps this laptop's user may take: any delegate sends a draft for
 * approval; the head of delegation approves or returns it with a comment.
 */
export function ReviewPanel({ item, label, delegates, me, onStep }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const saving = useSaveAction();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const state = reviewStateOf(item);
  const role = me?.role ?? null;
  const step = item.review;
  const by = step?.by ? delegates?.find((delegate) => delegate.id === step.by) : undefined;
  const who = by ? delegateName(by, language) : t('authorship.someone');
  const may = (action: ReviewAction) => reviewProblem(action, state, role, 'x') === null;

  const run = async (action: ReviewAction, text = '') => {
    const outcome = await saving.run(() => onStep(action, text), {
      success: t(`review.done.${action}`),
      handle: (cause) => {
        if (!(cause instanceof ReviewNotAllowedError)) return false;
        notifications.show({ color: 'red', message: t(`review.problems.${cause.reason}`) });
        return true;
      },
    });
    return outcome.ok;
  };

  return (
    <Stack gap={4}>
      <Group gap="xs">
        <ReviewBadge item={item} />
        {step && state !== 'draft' && (
          <Text size="sm">
            {t(`review.steps.${state}`, { name: who, when: formatMoment(step.at, language) })}
          </Text>
        )}
      </Group>
      {state === 'returned' && step?.comment && (
        <Text size="sm" fs="italic">
          {t('review.comment')}: {step.comment}
        </Text>
      )}
      <Group gap="xs">
        {may('propose') && (
          <Button
            size="xs"
            variant="light"
            loading={saving.pending}
            onClick={() => void run('propose')}
            aria-label={t('review.actions.proposeNamed', { title: label })}
          >
            {t('review.actions.propose')}
          </Button>
        )}
        {role === REVIEWER_ROLE && may('approve') && (
          <Button
            size="xs"
            color="teal.9"
            loading={saving.pending}
            onClick={() => void run('approve')}
            aria-label={t('review.actions.approveNamed', { title: label })}
          >
            {t('review.actions.approve')}
          </Button>
        )}
        {role === REVIEWER_ROLE && may('return') && (
          <Button
            size="xs"
            variant="default"
            onClick={() => setReturning(true)}
            aria-label={t('review.actions.returnNamed', { title: label })}
          >
            {t('review.actions.return')}
          </Button>
        )}
        {!me && state !== 'approved' && (
          <Text size="xs" c="dimmed">
            {t('review.sayWhoYouAre')}
          </Text>
        )}
      </Group>
      <Modal
        opened={returning}
        onClose={() => setReturning(false)}
        title={t('review.returnTitle', { title: label })}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (comment.trim() === '') return;
            void run('return', comment).then((ok) => {
              if (ok) {
                setReturning(false);
                setComment('');
              }
            });
          }}
        >
          <Stack>
            <Textarea
              label={t('review.comment')}
              description={t('review.commentHint')}
              required
              autosize
              minRows={3}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setReturning(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="orange.9" disabled={comment.trim() === ''}>
                {t('review.actions.returnWithComment')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
