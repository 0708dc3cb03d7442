import { Image, UnstyledButton } from '@mantine/core';
import type { Attachment } from '../../../domain/entities';
import { useObjectUrl } from '../useObjectUrl';

/** A photo's thumbnail as a button that opens the viewer. */
export function Thumbnail({ photo, label, onOpen }: { photo: Attachment; label: string; onOpen(): void }) {
  const url = useObjectUrl(photo.thumbnail ?? photo.blob);
  return (
    <UnstyledButton onClick={onOpen} aria-label={label}>
      <Image src={url} alt="" w={96} h={72} fit="cover" radius="sm" />
    </UnstyledButton>
  );
}
