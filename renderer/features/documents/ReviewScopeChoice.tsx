import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewScope } from '../../domain/documents/buildDocument';
import { reviewInUse, reviewStateOf } from '../../domain/review';
import type { TourBundle } from '../../domain/tourBundle';

type Reviewed = Pick<TourBundle, 'findings' | 'recommendations'>;

const liveItems = (bundle: Reviewed) =>
  [...bundle.findings, ...bundle.recommendations].filter((item) => item.deletedAt === null);

/**
 * What a document takes unless the user says otherwise: the approved items once the delegation uses
 * the review (someone proposed, approved or returned something), else everything, as before the
 * review existed, so that a tour that never used it still gets its whole report.
 */
export function defaultReviewScope(bundle: Reviewed | null | undefined): ReviewScope {
  return bundle && reviewInUse(liveItems(bundle)) ? 'approved' : 'all';
}

/** "Approved items only" or "all", with how many each takes. */
export function ReviewScopeChoice({
  bundle,
  value,
  onChange,
}: {
  bundle: Reviewed;
  value: ReviewScope;
  onChange(scope: ReviewScope): void;
}) {
  const { t } = useTranslation();
  const items = liveItems(bundle);
  const approved = items.filter((item) => reviewStateOf(item) === 'approved').length;
  return (
    <Radio.Group
      label={t('review.scope.label')}
      description={t('review.scope.hint')}
      value={value}
      onChange={(scope) => onChange(scope === 'approved' ? 'approved' : 'all')}
    >
      <Stack gap={4} mt={4}>
        <Radio value="approved" label={t('review.scope.approved', { count: approved })} />
        <Radio value="all" label={t('review.scope.all', { count: items.length })} />
      </Stack>
      {value === 'approved' && approved === 0 && (
        <Text size="sm" c="orange.9" mt={4}>
          {t('review.scope.noneApproved')}
        </Text>
      )}
    </Radio.Group>
  );
}
