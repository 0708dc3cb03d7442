import { CloseButton, Group, Image, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../../../domain/entities';
import { useObjectUrl } from '../useObjectUrl';

export interface EditablePhoto {
  /** Attachment id for stored photos, a temporary key for new ones. */
  key: string;
  preview: Blob;
  fileName: string;
  caption: LocalizedText;
}

function PhotoRow(props: {
  photo: EditablePhoto;
  language: Language;
  onCaption(caption: string): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const url = useObjectUrl(props.photo.preview);
  return (
    <Group wrap="nowrap" align="flex-end">
      <Image src={url} alt="" w={72} h={54} fit="cover" radius="sm" />
      <TextInput
        style={{ flex: 1 }}
        label={t('findings.photos.caption', { name: props.photo.fileName })}
        value={props.photo.caption[props.language] ?? ''}
        onChange={(event) => props.onCaption(event.currentTarget.value)}
      />
      <CloseButton
        aria-label={t('findings.photos.remove', { name: props.photo.fileName })}
        onClick={props.onRemove}
      />
    </Group>
  );
}

/** The photos of a finding in its form: captions in the writing language, and removal. */
export function PhotoEditList(props: {
  photos: readonly EditablePhoto[];
  language: Language;
  onCaption(key: string, caption: string): void;
  onRemove(key: string): void;
}) {
  return (
    <Stack gap="xs">
      {props.photos.map((photo) => (
        <PhotoRow
          key={photo.key}
          photo={photo}
          language={props.language}
          onCaption={(caption) => props.onCaption(photo.key, caption)}
          onRemove={() => props.onRemove(photo.key)}
        />
      ))}
    </Stack>
  );
}
