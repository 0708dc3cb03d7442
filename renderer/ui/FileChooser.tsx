import { useRef, useState } from 'react';
import { Button, FileButton, Group, Input, Stack, Text } from '@mantine/core';
import { IconFile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface FileChooserProps {
  /** What the file is, e.g. "Backup file"; also the button's accessible name. */
  label: string;
  accept?: string;
  onFile(file: File): void;
  disabled?: boolean;
  description?: string;
}

/**
 * The app's own file button: its text in the interface language ("Выбраць файл", not the
 * browser's "Choose File / No file chosen") and the chosen file's name beside it. Works with the
 * keyboard and for screen readers; the same file can be picked again.
 */
export function FileChooser({ label, accept, onFile, disabled, description }: FileChooserProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const reset = useRef<() => void>(null);
  return (
    <Stack gap={4}>
      <Input.Label component="span">{label}</Input.Label>
      {description && <Input.Description>{description}</Input.Description>}
      <Group gap="sm" wrap="nowrap">
        <FileButton
          accept={accept}
          disabled={disabled}
          resetRef={reset}
          onChange={(file) => {
            if (!file) return;
            setChosen(file.name);
            reset.current?.(); // so that choosing the same file again is noticed
            onFile(file);
          }}
        >
          {(buttonProps) => (
            <Button
              {...buttonProps}
              variant="default"
              leftSection={<IconFile size={16} aria-hidden />}
              disabled={disabled}
              aria-label={`${label}: ${t('pickers.chooseFile')}`}
            >
              {t('pickers.chooseFile')}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c={chosen ? undefined : 'dimmed'} aria-live="polite" truncate>
          {chosen ?? t('pickers.noFileChosen')}
        </Text>
      </Group>
    </Stack>
  );
}
