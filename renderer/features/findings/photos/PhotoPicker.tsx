import { useState, type DragEvent } from 'react';
import { Alert, Button, FileButton, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_IMAGE_BYTES } from '../../../domain/images/imageRules';
import type { PhotoStage } from '../images/downscaleImage';
import { useIntakeState, type PhotoIntake } from './usePhotoIntake';

/** How far along each step is, for the progress bar (the steps take roughly these shares). */
const STAGE_PERCENT: Record<PhotoStage, number> = { waiting: 5, decoding: 30, resizing: 70, thumbnail: 90 };

/**
 * Adds photos by file picker or drag-and-drop. Each file is prepared off the main thread with its
 * own progress; a file that is too large, not an image or broken is named with the reason and left
 * out, the others go on.
 */
export function PhotoPicker({ intake }: { intake: PhotoIntake }) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const { pending, refused } = useIntakeState(intake);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    intake.take([...event.dataTransfer.files]);
  };

  return (
    <Stack gap="xs">
      <Paper
        withBorder
        p="md"
        style={{
          borderStyle: 'dashed',
          background: dragging ? 'var(--mantine-color-blue-light)' : undefined,
        }}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('findings.photos.dropHint')}
          </Text>
          <FileButton onChange={(files) => intake.take(files)} accept="image/*" multiple>
            {(props) => (
              <Button {...props} variant="light" size="xs">
                {t('findings.photos.add')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Paper>
      {pending.length > 0 && (
        <Stack gap={4} aria-label={t('findings.photos.processing')} role="group">
          {pending.map((entry) => (
            <Stack key={entry.key} gap={2}>
              <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                {t(`findings.photos.stage.${entry.stage}`, { name: entry.fileName })}
              </Text>
              <Progress
                value={STAGE_PERCENT[entry.stage]}
                size="sm"
                aria-label={t('findings.photos.progress', { name: entry.fileName })}
              />
            </Stack>
          ))}
        </Stack>
      )}
      {refused.map((entry) => (
        <Alert key={entry.fileName} color="red" role="alert" p="xs">
          {t(`findings.photos.errors.${entry.problem}`, {
            name: entry.fileName,
            limit: MAX_IMAGE_BYTES / 1024 / 1024,
          })}
        </Alert>
      ))}
    </Stack>
  );
}
