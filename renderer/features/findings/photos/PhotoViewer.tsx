import { Button, Group, Image, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../domain/entities';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { localized } from '../../../domain/names/recordLabels';
import { TranslationMarks } from '../../../ui/TranslationMarks';
import { useObjectUrl } from '../useObjectUrl';

interface Props {
  photos: readonly Attachment[];
  index: number | null;
  onIndexChange(index: number | null): void;
}

/** Full-size photo with its caption; arrows (buttons or keys) step through the finding's photos. */
export function PhotoViewer({ photos, index, onIndexChange }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const photo = index === null ? undefined : photos[index];
  const url = useObjectUrl(photo?.blob);
  const step = (delta: number) => {
    if (index === null || photos.length === 0) return;
    onIndexChange((index + delta + photos.length) % photos.length);
  };
  const caption = photo ? localized(photo.caption, language) : '';

  return (
    <Modal
      opened={photo !== undefined}
      onClose={() => onIndexChange(null)}
      size="xl"
      title={t('findings.photos.viewerTitle', { number: (index ?? 0) + 1, count: photos.length })}
    >
      {photo && (
        <Stack
          onKeyDown={(event) => {
            if (event.key === 'ArrowRight') step(1);
            if (event.key === 'ArrowLeft') step(-1);
          }}
        >
          {url && (
            <Image
              src={url}
              alt={caption || photo.fileName}
              fit="contain"
              mah="70vh"
              data-width={photo.width ?? undefined}
              data-height={photo.height ?? undefined}
            />
          )}
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {caption || (
                <Text span c="dimmed">
                  {photo.fileName}
                </Text>
              )}{' '}
              <TranslationMarks text={photo.caption} language={language} />
            </Text>
            {photos.length > 1 && (
              <Group gap="xs" wrap="nowrap">
                <Button variant="default" size="xs" onClick={() => step(-1)}>
                  {t('findings.photos.previous')}
                </Button>
                <Button variant="default" size="xs" onClick={() => step(1)}>
                  {t('findings.photos.next')}
                </Button>
              </Group>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
