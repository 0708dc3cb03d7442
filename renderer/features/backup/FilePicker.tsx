import { useId } from 'react';
import { Input, Stack } from '@mantine/core';
import { BUNDLE_EXTENSION } from '../../db/backup';

interface FilePickerProps {
  label: string;
  onFile: (file: File) => void;
  disabled?: boolean;
}

/**
 * A plain file input with a visible label: it works the same in the browser and the desktop
 * shell, with the keyboard, and for screen readers. Picking the same file again works too.
 */
export function FilePicker({ label, onFile, disabled }: FilePickerProps) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Input.Label htmlFor={id}>{label}</Input.Label>
      <input
        id={id}
        type="file"
        accept={`.${BUNDLE_EXTENSION},application/zip`}
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </Stack>
  );
}
