import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { previewRestore, restoreBackup, type DecodedBundle, type RestorePreview } from '../../db/backup';
import { readActiveTourId, setActiveTourId } from '../../db/settings';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { tourTitle } from '../../domain/names/tourTitle';
import { backupsFolder } from '../../platform';
import { AutomaticBackupsList } from './AutomaticBackupsList';
import { FileCheckStatus } from './FileCheckStatus';
import { readBundleFile } from './decoding/readBundleFile';
import { FilePicker } from './FilePicker';
import { usePassphrasePrompt } from './usePassphrasePrompt';
import type { IncomingFile } from './incomingFile';
import { formatMoment } from './formatting';
import { withinFileLimit } from './readChosenFile';
import { useFileImportFlow } from './useFileImportFlow';

interface RestorePlan {
  decoded: DecodedBundle;
  preview: RestorePreview;
}

/** Pick a backup file, see what is in it, then restore it in one go (or not at all). */
export function RestoreSection({ incoming }: { incoming: IncomingFile | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const prompt = usePassphrasePrompt();
  const flow = useFileImportFlow<RestorePlan, void>({
    incoming,
    // Decrypted, unzipped and checked (references included) in the import worker.
    inspect: async (bytes, job) => {
      const decoded = await readBundleFile('backup', bytes, prompt.ask, job);
      return { decoded, preview: await previewRestore(decoded) };
    },
    apply: async ({ decoded }) => {
      const result = await restoreBackup(decoded);
      const [first] = result.tourIds;
      if (first && !(await readActiveTourId())) await setActiveTourId(first);
      notifications.show({
        color: 'green',
        message: t('backup.restore.done', { count: result.tourIds.length }),
      });
    },
    // The notification says it; the section is ready for the next file.
    onApplied: () => 'idle',
  });
  const { state, busy, check, apply, cancel } = flow;

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('backup.restore.title')}
      </Title>
      <Text>{t('backup.restore.hint')}</Text>
      <FilePicker
        label={t('backup.restore.fileLabel')}
        onFile={(file) => void check(() => withinFileLimit(file))}
        disabled={busy}
      />
      {backupsFolder.available() && (
        <AutomaticBackupsList
          onRestore={(name) => void check(async () => (await backupsFolder.read(name)).bytes)}
        />
      )}
      <FileCheckStatus flow={flow} prompt={prompt} />
      {state.step === 'plan' && (
        <Stack gap="xs">
          <Text>
            {t('backup.restore.made', {
              when: formatMoment(state.plan.decoded.manifest.createdAt, language),
            })}
          </Text>
          {state.plan.preview.tours.length === 0 ? (
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
                {state.plan.preview.tours.map(({ tour, state: tourState, counts }) => (
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
          {state.plan.preview.replaced > 0 && (
            <Alert color="yellow">
              {t('backup.restore.replaced', { count: state.plan.preview.replaced })}
            </Alert>
          )}
          <Group>
            <Button
              loading={busy}
              disabled={state.plan.preview.tours.length === 0}
              onClick={() => void apply(state.plan)}
            >
              {t('backup.restore.confirm')}
            </Button>
            <Button variant="default" disabled={busy} onClick={cancel}>
              {t('backup.restore.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
