import { useState, type DragEvent } from 'react';
import { Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IntakeProgress } from './IntakeProgress';
import type { PhotoIntake } from './usePhotoIntake';

/** What the pickers accept: images, and iPhone photos whose type the system may not name. */
export const PHOTO_ACCEPT = 'image/*,.heic,.heif';

/**
 * Adds photos by file picker or drag-and-drop. Each file is prepared off the main thread with its
 * own progress; a file that is too large, not an image or broken is named with the reason and left
 * out, the others go on.
 */
export function PhotoPicker({ intake }: { intake: PhotoIntake }) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);

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
          <FileButton onChange={(files) => intake.take(files)} accept={PHOTO_ACCEPT} multiple>
            {(props) => (
              <Button {...props} variant="light" size="xs">
                {t('findings.photos.add')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Paper>
      <IntakeProgress intake={intake} />
    </Stack>
  );
}
