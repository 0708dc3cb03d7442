import { Divider, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveTour } from '../../ui/activeTour';
import { ExchangeSection } from './ExchangeSection';
import { FileEncryptionSection } from './FileEncryptionSection';
import { MakeBackupSection } from './MakeBackupSection';
import { RestoreSection } from './RestoreSection';
import { StorageSection } from './StorageSection';
import { useIncomingFiles } from './useIncomingFiles';

/** Backups, restore, exchange with colleagues and the state of the storage: keeping the data safe. */
export function BackupScreen() {
  const { t } = useTranslation();
  const activeTour = useActiveTour() ?? null;
  const incoming = useIncomingFiles();
  return (
    <Stack maw={960} gap="xl">
      <Title order={1}>{t('backup.title')}</Title>
      <FileEncryptionSection />
      <Divider />
      <MakeBackupSection activeTour={activeTour} />
      <Divider />
      <RestoreSection incoming={incoming.restore} />
      <Divider />
      <ExchangeSection activeTour={activeTour} incoming={incoming.exchange} />
      <Divider />
      <StorageSection />
    </Stack>
  );
}
