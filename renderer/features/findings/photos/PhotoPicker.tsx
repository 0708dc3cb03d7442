import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from '../../../ui/FileDropZone';
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

  return (
    <Stack gap="xs">
      <FileDropZone onFiles={(files) => intake.take(files)}>
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
      </FileDropZone>
      <IntakeProgress intake={intake} />
    </Stack>
  );
}
