import { useState } from 'react';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FINDING_KINDS, type Attachment, type Finding } from '../../domain/entities';
import type { FindingGroup } from '../../domain/findings';
import { FindingCard } from './FindingCard';
import type { TourRecords } from './useTourRecords';

interface Props {
  heading: string;
  group: FindingGroup<unknown>;
  photosOf(findingId: string): Attachment[];
  records: TourRecords;
  onEdit(finding: Finding): void;
  onDelete(finding: Finding): void;
  onPropose(finding: Finding): void;
}

/**
 * How many findings a group shows at first, and how many more each "show more" adds: a tour
 * with thousands of findings keeps a bounded page, so switching language or editing stays quick.
 */
const FINDINGS_PER_STEP = 50;

/** A key point, visit or author with its counts by kind and its findings. */
export function FindingGroupSection({ heading, group, photosOf, records, ...actions }: Props) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(FINDINGS_PER_STEP);
  const hidden = group.findings.length - shown;
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
      {group.findings.slice(0, shown).map((finding) => (
        <FindingCard
          key={finding.id}
          finding={finding}
          photos={photosOf(finding.id)}
          records={records}
          onEdit={() => actions.onEdit(finding)}
          onDelete={() => actions.onDelete(finding)}
          onPropose={() => actions.onPropose(finding)}
        />
      ))}
      {hidden > 0 && (
        <Button variant="default" onClick={() => setShown((current) => current + FINDINGS_PER_STEP)}>
          {t('findings.moreFindings', { count: Math.min(hidden, FINDINGS_PER_STEP) })}
        </Button>
      )}
    </Stack>
  );
}
