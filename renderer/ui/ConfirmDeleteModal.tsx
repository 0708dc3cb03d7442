import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConfirmDeleteModalProps {
  title: string;
  message: string;
  /** What refers to the record, said before the user confirms. */
  usage?: ReactNode;
  onConfirm(): Promise<void>;
  onClose(): void;
}

/** Asks before a deletion; the deletion itself leaves a tombstone, like every other. */
export function ConfirmDeleteModal({ title, message, usage, onConfirm, onClose }: ConfirmDeleteModalProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack>
        <Text>{message}</Text>
        {usage}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onConfirm();
                onClose();
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
