import { useState, type DragEvent } from 'react';
import { Alert, Button, FileButton, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NewPhoto } from '../../../db/findings';
import { ImageImportError } from '../../../domain/images/imageRules';

/**
 * Adds photos by file picker or drag-and-drop. Each file is downscaled in the browser; a file
 * that is too large, not an image or broken gets a message and is left out, the others go on.
 */
export function PhotoPicker({ onPhotos }: { onPhotos(photos: NewPhoto[]): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);

  const take = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    const found: string[] = [];
    const done: NewPhoto[] = [];
    // Image handling loads on demand: most sessions never add a photo.
    const { downscaleImage } = await import('../images/downscaleImage');
    for (const file of files) {
      try {
        done.push(await downscaleImage(file));
      } catch (cause) {
        const problem = cause instanceof ImageImportError ? cause.problem : 'broken';
        found.push(t(`findings.photos.errors.${problem}`, { name: file.name, limit: 25 }));
      }
    }
    setErrors(found);
    setBusy(false);
    if (done.length > 0) onPhotos(done);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void take([...event.dataTransfer.files]);
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
          <FileButton onChange={(files) => void take(files)} accept="image/*" multiple>
            {(props) => (
              <Button {...props} variant="light" size="xs" loading={busy}>
                {t('findings.photos.add')}
              </Button>
            )}
          </FileButton>
        </Group>
        {busy && <Loader size="xs" aria-label={t('findings.photos.processing')} />}
      </Paper>
      {errors.map((message) => (
        <Alert key={message} color="red" role="alert" p="xs">
          {message}
        </Alert>
      ))}
    </Stack>
  );
}
