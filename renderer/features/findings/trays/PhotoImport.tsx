import { useRef, useState } from 'react';
import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileDropZone } from '../../../ui/FileDropZone';
import { precheckImage } from '../../../domain/images/imageRules';
import { IntakeProgress } from '../photos/IntakeProgress';
import { PHOTO_ACCEPT } from '../photos/PhotoPicker';
import type { PhotoIntake } from '../photos/usePhotoIntake';

// `webkitdirectory` (every current engine) is not in React's input attributes.
const FOLDER_INPUT = { webkitdirectory: '', directory: '' } as object;

/**
 * Many photos at once: chosen as files, as a whole folder (a phone's DCIM, a memory card) or
 * dropped. What is not a photo (videos, sidecar files) is left out and counted; the photos are
 * prepared one after another with their progress, as in the finding form.
 */
export function PhotoImport({ intake }: { intake: PhotoIntake }) {
  const { t } = useTranslation();
  const [skipped, setSkipped] = useState(0);
  const folderInput = useRef<HTMLInputElement>(null);

  const take = (files: readonly File[]) => {
    const photos = files.filter((file) => precheckImage(file) !== 'notAnImage');
    setSkipped(files.length - photos.length);
    intake.take(photos);
  };

  return (
    <Stack gap="xs">
      <FileDropZone onFiles={take}>
        <Stack gap="xs">
          <Text size="sm">{t('findings.trays.importHint')}</Text>
          <Group gap="xs">
            <FileButton onChange={take} accept={PHOTO_ACCEPT} multiple>
              {(props) => <Button {...props}>{t('findings.trays.choosePhotos')}</Button>}
            </FileButton>
            <Button variant="light" onClick={() => folderInput.current?.click()}>
              {t('findings.trays.chooseFolder')}
            </Button>
            <input
              ref={folderInput}
              type="file"
              multiple
              hidden
              tabIndex={-1}
              aria-hidden
              {...FOLDER_INPUT}
              onChange={(event) => {
                take([...(event.currentTarget.files ?? [])]);
                event.currentTarget.value = '';
              }}
            />
          </Group>
        </Stack>
      </FileDropZone>
      {skipped > 0 && (
        <Text size="sm" role="status">
          {t('findings.trays.skipped', { count: skipped })}
        </Text>
      )}
      <IntakeProgress intake={intake} />
    </Stack>
  );
}
