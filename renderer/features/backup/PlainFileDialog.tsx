import { useRef, useState, type ReactNode } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "Make a plain file?": asked before a backup or exchange file leaves unencrypted (no file
 * passphrase set on this laptop). `confirm` resolves true only for an explicit yes.
 */
export function usePlainFileConfirm(): { confirm: () => Promise<boolean>; dialog: ReactNode } {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const resolver = useRef<((yes: boolean) => void) | null>(null);
  const close = (yes: boolean) => {
    setOpen(false);
    resolver.current?.(yes);
    resolver.current = null;
  };
  const confirm = () => {
    setOpen(true);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  };
  const dialog = (
    <Modal opened={open} onClose={() => close(false)} title={t('fileEncryption.plain.title')}>
      <Text>{t('fileEncryption.plain.text')}</Text>
      <Group mt="md" justify="flex-end">
        <Button variant="default" onClick={() => close(false)}>
          {t('fileEncryption.plain.cancel')}
        </Button>
        <Button color="red" onClick={() => close(true)}>
          {t('fileEncryption.plain.confirm')}
        </Button>
      </Group>
    </Modal>
  );
  return { confirm, dialog };
}
