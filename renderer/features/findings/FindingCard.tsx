import { useState } from 'react';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Attachment, Delegate, Finding } from '../../domain/entities';
import { formatDate } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { contactName, delegateName, localized } from '../../domain/names/recordLabels';
import { PhotoViewer } from './photos/PhotoViewer';
import { Thumbnail } from './photos/Thumbnail';
import { PlainText } from '../../ui/PlainText';
import { TranslationMarks } from '../../ui/TranslationMarks';
import type { TourRecords } from '../../db/queries/useTourRecords';
import { AuthorshipLine } from '../../ui/Authorship';
import { ReviewPanel } from '../../ui/ReviewPanel';
import { takeReviewStep } from '../../db/review';
import { CardActions } from '../../ui/CardActions';

const KIND_COLORS: Record<Finding['kind'], string> = {
  'good-practice': 'teal.9',
  'lesson-negative': 'red.9',
  observation: 'blue.9',
};

interface Props {
  finding: Finding;
  photos: readonly Attachment[];
  records: TourRecords;
  /** This laptop's delegate (see useCurrentDelegate), read once by the screen for all its cards. */
  me: Delegate | null | undefined;
  onEdit(): void;
  onDelete(): void;
  onPropose(): void;
}

/** One finding as read in the lists: what, where, who, the text with its lists, and its photos. */
export function FindingCard({ finding, photos, records, me, onEdit, onDelete, onPropose }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [viewing, setViewing] = useState<number | null>(null);
  const title = localized(finding.title, language);
  const event = records.events?.find((candidate) => candidate.id === finding.eventId);
  const author = records.delegates?.find((candidate) => candidate.id === finding.authorDelegateId);
  const sources = (records.contacts ?? []).filter((contact) => finding.sourceContactIds.includes(contact.id));
  const text = localized(finding.text, language);
  // One date, written as the interface language writes it: the finding's own, else its visit's day.
  const day = finding.date || event?.start.slice(0, 10);
  const meta = [
    day && formatDate(day, language, 'medium'),
    event && localized(event.title, language),
    author && delegateName(author, language),
  ].filter(Boolean);

  return (
    <Card withBorder component="article" aria-label={title} padding="sm">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={4} size="h5" style={{ minWidth: 0 }}>
            {title} <TranslationMarks text={[finding.title, finding.text]} language={language} />
          </Title>
          <Group gap={4} justify="flex-end" style={{ flexShrink: 0, maxWidth: '40%' }}>
            <Badge color={KIND_COLORS[finding.kind]} variant="filled">
              {t(`findings.kinds.${finding.kind}`)}
            </Badge>
            {!finding.includeInReport && (
              <Badge color="gray.8" variant="outline">
                {t('findings.notInReport')}
              </Badge>
            )}
          </Group>
        </Group>
        {meta.length > 0 && (
          <Text size="sm" c="dimmed">
            {meta.join(' · ')}
          </Text>
        )}
        <AuthorshipLine record={finding} delegates={records.delegates} />
        {sources.length > 0 && (
          <Text size="sm">
            {t('findings.sources')}: {sources.map((source) => contactName(source, language)).join(', ')}
          </Text>
        )}
        {text && <PlainText text={text} />}
        {finding.applicability && (
          <Text size="sm">
            {t('findings.applicabilityLabel')}: {t(`findings.applicability.${finding.applicability}`)}
            {localized(finding.applicabilityNote, language) &&
              ` — ${localized(finding.applicabilityNote, language)}`}
          </Text>
        )}
        {finding.tags.length > 0 && (
          <Group gap={4}>
            {finding.tags.map((tag) => (
              <Badge key={tag} size="sm" variant="dot">
                {tag}
              </Badge>
            ))}
          </Group>
        )}
        {photos.length > 0 && (
          <Group gap="xs">
            {photos.map((photo, index) => (
              <Thumbnail
                key={photo.id}
                photo={photo}
                label={t('findings.photos.open', {
                  name: localized(photo.caption, language) || photo.fileName,
                })}
                onOpen={() => setViewing(index)}
              />
            ))}
          </Group>
        )}
        <ReviewPanel
          item={finding}
          label={title}
          delegates={records.delegates}
          me={me}
          onStep={(action, comment) => takeReviewStep('findings', finding.id, action, comment)}
        />
        <CardActions
          actions={[
            { text: t('common.edit'), label: t('findings.editNamed', { title }), onClick: onEdit },
            { text: t('findings.propose'), label: t('findings.proposeNamed', { title }), onClick: onPropose },
            {
              text: t('common.delete'),
              label: t('findings.deleteNamed', { title }),
              onClick: onDelete,
              danger: true,
            },
          ]}
        />
      </Stack>
      <PhotoViewer photos={photos} index={viewing} onIndexChange={setViewing} />
    </Card>
  );
}
