import { useState } from 'react';
import { Button, Checkbox, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import './recoveryKey.css';

/**
 * The recovery key, shown once after protection is turned on: copied or printed (the sheet alone
 * prints), and confirmed as written down before the app goes on. It is for the head of delegation
 * to keep, apart from the laptop: it opens the data when the passphrase is forgotten.
 */
export function RecoveryKeyPanel({
  recoveryKey,
  onDone,
  withTitle = true,
}: {
  recoveryKey: string;
  onDone(): void;
  /** False in a dialog, whose own title names it. */
  withTitle?: boolean;
}) {
  const { t } = useTranslation();
  const [writtenDown, setWrittenDown] = useState(false);
  return (
    <Stack gap="md" className="recovery-key-sheet">
      {withTitle && (
        <Title order={1} size="h2">
          {t('protection.recovery.title')}
        </Title>
      )}
      <Text>{t('protection.recovery.what')}</Text>
      <Code
        block
        fz="xl"
        ta="center"
        style={{ letterSpacing: '0.08em', whiteSpace: 'normal', wordBreak: 'break-word' }}
      >
        {recoveryKey}
      </Code>
      <Text fw={600}>{t('protection.recovery.once')}</Text>
      <Group className="recovery-key-actions">
        <CopyButton value={recoveryKey}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              leftSection={copied ? <IconCheck aria-hidden size={18} /> : <IconCopy aria-hidden size={18} />}
              onClick={copy}
            >
              {copied ? t('protection.recovery.copied') : t('protection.recovery.copy')}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          leftSection={<IconPrinter aria-hidden size={18} />}
          onClick={() => window.print()}
        >
          {t('protection.recovery.print')}
        </Button>
      </Group>
      <Stack gap="sm" className="recovery-key-actions">
        <Checkbox
          label={t('protection.recovery.confirm')}
          checked={writtenDown}
          onChange={(event) => setWrittenDown(event.currentTarget.checked)}
        />
        <Group>
          <Button disabled={!writtenDown} onClick={onDone}>
            {t('protection.recovery.continue')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
