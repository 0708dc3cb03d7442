import { useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { backupsFolder, showAppFolder, type BackupFileInfo } from '../../platform';
import { backupErrorMessage } from './backupMessages';
import { formatBytes, formatMoment } from './formatting';
import { TableHead } from '../../ui/TableHead';
import { useAutomaticBackupFailure } from '../../db/queries/useAutomaticBackupFailure';

/** The desktop app's automatic backups, each restorable; "Show backups" opens the folder. */
export function AutomaticBackupsList({ onRestore }: { onRestore: (name: string) => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [backups, setBackups] = useState<BackupFileInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const failure = useAutomaticBackupFailure();

  useEffect(() => {
    backupsFolder
      .list()
      .then(setBackups)
      .catch((cause: unknown) => setError(backupErrorMessage(cause, t)));
  }, [t]);

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('backup.automatic.title')}
      </Title>
      <Text>{t('automaticBackups.hint')}</Text>
      {failure && (
        <Alert color="red" role="alert" title={t('automaticBackups.failedTitle')}>
          {t('automaticBackups.failed', {
            when: formatMoment(failure.at, language),
            reason: t(`automaticBackups.reasons.${failure.reason}`),
          })}{' '}
          {t('automaticBackups.failedHint')}
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={() => void showAppFolder('backups')}>
          {t('backup.automatic.show')}
        </Button>
      </Group>
      {error && <Text role="alert">{error}</Text>}
      {backups && backups.length === 0 && <Text>{t('backup.automatic.empty')}</Text>}
      {backups && backups.length > 0 && (
        <Table withTableBorder aria-label={t('backup.automatic.title')}>
          <TableHead
            columns={[t('backup.automatic.timeColumn'), t('backup.automatic.sizeColumn')]}
            actions={t('backup.automatic.actionsColumn')}
          />
          <Table.Tbody>
            {backups.slice(0, 50).map((backup) => {
              const when = formatMoment(backup.modifiedAt, language);
              return (
                <Table.Tr key={backup.name}>
                  <Table.Td>{when}</Table.Td>
                  <Table.Td>{formatBytes(backup.size, language)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('backup.automatic.restoreNamed', { when })}
                      onClick={() => onRestore(backup.name)}
                    >
                      {t('backup.automatic.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
