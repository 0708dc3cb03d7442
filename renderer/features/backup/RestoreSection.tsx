import { useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  previewRestore,
  readBackupFile,
  restoreBackup,
  type DecodedBundle,
  type RestorePreview,
} from '../../db/backup';
import { readActiveTourId, setActiveTourId } from '../../db/settings';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { tourTitle } from '../../domain/names/tourTitle';
import { backupsFolder } from '../../platform';
import { AutomaticBackupsList } from './AutomaticBackupsList';
import { backupErrorMessage } from './backupMessages';
import { FilePicker } from './FilePicker';
import type { IncomingFile } from './incomingFile';
import { formatMoment } from './formatting';
import { readChosenFile } from './readChosenFile';

type RestoreState =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'preview'; decoded: DecodedBundle; preview: RestorePreview }
  | { step: 'error'; message: string };

/** Pick a backup file, see what is in it, then restore it in one go (or not at all). */
export function RestoreSection({ incoming }: { incoming: IncomingFile | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);

  const check = async (load: () => Promise<Uint8Array>) => {
    setState({ step: 'checking' });
    try {
      const decoded = await readBackupFile(await load());
      setState({ step: 'preview', decoded, preview: await previewRestore(decoded) });
    } catch (error) {
      console.error(error);
      setState({ step: 'error', message: backupErrorMessage(error, t) });
    }
  };

  useEffect(() => {
    if (incoming) void check(async () => incoming.bytes);
    // Only a new hand-over (serial) starts a check; `check` itself changes every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [incoming?.serial]);

  const restore = async (decoded: DecodedBundle) => {
    setBusy(true);
    try {
      const result = await restoreBackup(decoded);
      const [first] = result.tourIds;
      if (first && !(await readActiveTourId())) await setActiveTourId(first);
      notifications.show({
        color: 'green',
        message: t('backup.restore.done', { count: result.tourIds.length }),
      });
      setState({ step: 'idle' });
    } catch (error) {
      console.error(error);
      setState({ step: 'error', message: backupErrorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('backup.restore.title')}
      </Title>
      <Text>{t('backup.restore.hint')}</Text>
      <FilePicker
        label={t('backup.restore.fileLabel')}
        onFile={(file) => void check(() => readChosenFile(file))}
        disabled={busy}
      />
      {backupsFolder.available() && (
        <AutomaticBackupsList
          onRestore={(name) => void check(async () => (await backupsFolder.read(name)).bytes)}
        />
      )}
      {state.step === 'checking' && <Text role="status">{t('backup.restore.checking')}</Text>}
      {state.step === 'error' && (
        <Alert color="red" role="alert">
          {state.message} {t('backup.nothingChanged')}
        </Alert>
      )}
      {state.step === 'preview' && (
        <Stack gap="xs">
          <Text>
            {t('backup.restore.made', { when: formatMoment(state.decoded.manifest.createdAt, language) })}
          </Text>
          {state.preview.tours.length === 0 ? (
            <Text>{t('backup.restore.empty')}</Text>
          ) : (
            <Table withTableBorder aria-label={t('backup.restore.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backup.restore.tourColumn')}</Table.Th>
                  <Table.Th>{t('backup.restore.stateColumn')}</Table.Th>
                  <Table.Th>{t('backup.restore.contentsColumn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {state.preview.tours.map(({ tour, state: tourState, counts }) => (
                  <Table.Tr key={tour.id}>
                    <Table.Td>{tourTitle(tour, language)}</Table.Td>
                    <Table.Td>{t(`backup.restore.state.${tourState}`)}</Table.Td>
                    <Table.Td>
                      {t('backup.restore.contents', {
                        findings: counts.findings,
                        events: counts.events,
                        contacts: counts.contacts,
                        attachments: counts.attachments,
                      })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {state.preview.replaced > 0 && (
            <Alert color="yellow">{t('backup.restore.replaced', { count: state.preview.replaced })}</Alert>
          )}
          <Group>
            <Button
              loading={busy}
              disabled={state.preview.tours.length === 0}
              onClick={() => void restore(state.decoded)}
            >
              {t('backup.restore.confirm')}
            </Button>
            <Button variant="default" disabled={busy} onClick={() => setState({ step: 'idle' })}>
              {t('backup.restore.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
