import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WindowVirtualList } from '../../ui/WindowVirtualList';
import { FINDING_KINDS, type Attachment, type Delegate, type Finding } from '../../domain/entities';
import type { FindingGroup } from '../../domain/findings';
import { FindingCard } from './FindingCard';
import type { TourRecords } from '../../db/queries/useTourRecords';

interface Props {
  heading: string;
  group: FindingGroup<unknown>;
  /** Every card of the group in the DOM, wherever the window is: for tours with few findings. */
  showAll?: boolean;
  /** A group after the first on the page: its cards wait until its place is known. */
  belowOtherGroups?: boolean;
  photosOf(findingId: string): Attachment[];
  records: TourRecords;
  /** This laptop's delegate, for the cards' review buttons: read once for the screen, not per card. */
  me: Delegate | null | undefined;
  onEdit(finding: Finding): void;
  onDelete(finding: Finding): void;
  onPropose(finding: Finding): void;
}

/** A finding card's usual height: a guess the list corrects as cards are shown. */
const CARD_HEIGHT_GUESS = 220;

/** A key point, visit or author with its counts by kind and its findings. */
export function FindingGroupSection({
  heading,
  group,
  showAll,
  belowOtherGroups,
  photosOf,
  records,
  me,
  ...actions
}: Props) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-label={heading} gap="xs">
      <Title order={2} size="h4">
        {heading}
      </Title>
      <Group gap="xs" role="group" aria-label={t('findings.countsLabel')}>
        {FINDING_KINDS.map((kind) => (
          <Badge key={kind} variant="outline" color="gray.8">
            {t(`findings.kindCounts.${kind}`, { count: group.counts[kind] })}
          </Badge>
        ))}
      </Group>
      {group.findings.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('findings.emptyGroup')}
        </Text>
      )}
      <WindowVirtualList
        items={group.findings}
        itemKey={(finding) => finding.id}
        estimateHeight={CARD_HEIGHT_GUESS}
        gap={10}
        showAllUpTo={showAll ? group.findings.length : 0}
        belowOtherLists={belowOtherGroups}
        renderItem={(finding) => (
          <FindingCard
            finding={finding}
            photos={photosOf(finding.id)}
            records={records}
            me={me}
            onEdit={() => actions.onEdit(finding)}
            onDelete={() => actions.onDelete(finding)}
            onPropose={() => actions.onPropose(finding)}
          />
        )}
      />
    </Stack>
  );
}
