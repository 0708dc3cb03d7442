import { useState } from 'react';
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Attachment, Finding } from '../../../domain/entities';
import { localized } from '../../../domain/names/recordLabels';
import { formatDate } from '../../../i18n/formatters';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { PhotoViewer } from '../photos/PhotoViewer';
import { Thumbnail } from '../photos/Thumbnail';

interface Props {
  /** Stable id for the heading (aria-labelledby). */
  id: string;
  heading: string;
  /** A line under the heading: the visit's organisation, or what the unsorted tray is. */
  description?: string;
  photos: readonly Attachment[];
  /** Findings the photos may be added to: the visit's, or all of the tour's for unsorted photos. */
  findings: readonly Finding[];
  onMakeFinding(photos: readonly Attachment[]): void;
  onAddToFinding(findingId: string, photos: readonly Attachment[]): void;
  onDelete(photos: readonly Attachment[]): void;
}

/** "20 Sep 2010, 10:15" on the venue's clock (the capture time keeps the venue's offset). */
function takenAt(photo: Attachment, language: ReturnType<typeof useUiLanguage>): string | null {
  if (!photo.capturedAt) return null;
  return `${formatDate(photo.capturedAt.slice(0, 10), language, 'medium')}, ${photo.capturedAt.slice(11, 16)}`;
}

/**
 * One tray: the photos taken during a visit (or unsorted ones), each with a checkbox; the chosen
 * ones become a new finding, join an existing finding, or are deleted.
 */
export function TraySection(props: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [findingId, setFindingId] = useState('');
  const [viewing, setViewing] = useState<number | null>(null);
  // Photos that left the tray (moved, deleted) drop out of the choice by themselves.
  const selected = props.photos.filter((photo) => chosen.has(photo.id));
  const all = selected.length === props.photos.length;
  const toggle = (id: string, on: boolean) =>
    setChosen((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const done = () => setChosen(new Set());
  const target = props.findings.find((finding) => finding.id === findingId);

  return (
    <Stack gap="xs" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h4" id={props.id}>
        {props.heading}
      </Title>
      {props.description && (
        <Text size="sm" c="dimmed">
          {props.description}
        </Text>
      )}
      <Checkbox
        label={t('findings.trays.chooseAll', { count: props.photos.length })}
        checked={all}
        indeterminate={selected.length > 0 && !all}
        onChange={(event) =>
          setChosen(event.currentTarget.checked ? new Set(props.photos.map((photo) => photo.id)) : new Set())
        }
      />
      <SimpleGrid cols={{ base: 2, xs: 3, sm: 4, md: 6 }} spacing="sm">
        {props.photos.map((photo, index) => {
          const time = takenAt(photo, language);
          return (
            <Stack key={photo.id} gap={4}>
              <Thumbnail
                photo={photo}
                label={t('findings.photos.open', { name: photo.fileName })}
                onOpen={() => setViewing(index)}
              />
              <Checkbox
                size="xs"
                label={time ? `${photo.fileName} · ${time}` : photo.fileName}
                styles={{ label: { overflowWrap: 'anywhere' } }}
                checked={chosen.has(photo.id)}
                onChange={(event) => toggle(photo.id, event.currentTarget.checked)}
              />
            </Stack>
          );
        })}
      </SimpleGrid>
      <Group gap="xs" align="flex-end">
        <Button
          disabled={selected.length === 0}
          onClick={() => {
            props.onMakeFinding(selected);
            done();
          }}
        >
          {t('findings.trays.makeFinding', { count: selected.length })}
        </Button>
        {props.findings.length > 0 && (
          <>
            <NativeSelect
              label={t('findings.trays.existingFinding')}
              data={[
                { value: '', label: t('findings.trays.chooseFinding') },
                ...props.findings.map((finding) => ({
                  value: finding.id,
                  label: localized(finding.title, language),
                })),
              ]}
              value={findingId}
              onChange={(event) => setFindingId(event.currentTarget.value)}
            />
            <Button
              variant="light"
              disabled={selected.length === 0 || !target}
              onClick={() => {
                if (!target) return;
                props.onAddToFinding(target.id, selected);
                done();
              }}
            >
              {t('findings.trays.addToFinding', { count: selected.length })}
            </Button>
          </>
        )}
        <Button
          variant="subtle"
          color="red"
          disabled={selected.length === 0}
          onClick={() => {
            props.onDelete(selected);
            done();
          }}
        >
          {t('findings.trays.delete', { count: selected.length })}
        </Button>
      </Group>
      <PhotoViewer photos={props.photos} index={viewing} onIndexChange={setViewing} />
    </Stack>
  );
}
