import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  BUNDLE_EXTENSION,
  BUNDLE_MIME_TYPE,
  makeBackup,
  readLastBackupAt,
  recordBackupMade,
  type BackupScope,
} from '../../db/backup';
import { listTours } from '../../db/tours';
import type { Tour } from '../../domain/entities';
import { backupState } from '../../domain/overview/readiness';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { isDesktop, saveFile } from '../../platform';
import { backupErrorMessage } from './backupMessages';
import { formatMoment } from './formatting';

/** Backs up the active tour or everything into one file the user keeps. */
export function MakeBackupSection({ activeTour }: { activeTour: Tour | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const lastBackupAt = useLiveQuery(readLastBackupAt, []);
  const tourCount = useLiveQuery(async () => (await listTours()).length, []);
  const [busy, setBusy] = useState(false);
  // One state for the line and the reminder: "no backup yet" and "more than a day old" never together.
  const state = backupState(lastBackupAt, Date.now(), (tourCount ?? 0) > 0);

  const backUp = async (scope: BackupScope) => {
    setBusy(true);
    try {
      const backup = await makeBackup(scope, __APP_VERSION__);
      const outcome = await saveFile({
        suggestedName: backup.fileName,
        bytes: backup.bytes,
        mimeType: BUNDLE_MIME_TYPE,
        filters: [{ name: t('nav.backup'), extensions: [BUNDLE_EXTENSION] }],
      });
      if (outcome === 'saved') {
        await recordBackupMade(backup.createdAt);
        notifications.show({
          color: 'green',
          message: t('backup.make.saved', { fileName: backup.fileName }),
        });
      }
    } catch (error) {
      console.error(error);
      notifications.show({ color: 'red', message: backupErrorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('backup.make.title')}
      </Title>
      <Text>{t('backup.make.hint')}</Text>
      <Text data-testid="last-backup">
        {lastBackupAt
          ? t('backup.make.lastBackup', { when: formatMoment(lastBackupAt, language) })
          : t('backup.make.never')}
      </Text>
      {(state === 'never' || state === 'stale') && !isDesktop() && (
        // The yellow title colour falls below AA contrast; the title keeps the text colour.
        <Alert
          color="yellow"
          title={state === 'never' ? t('backup.make.firstDueTitle') : t('backup.make.dueTitle')}
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          {state === 'never' ? t('backup.make.firstDue') : t('backup.make.due')}
        </Alert>
      )}
      <Group>
        {activeTour && (
          <Button loading={busy} onClick={() => void backUp({ tourId: activeTour.id })}>
            {t('backup.make.thisTour')}
          </Button>
        )}
        <Button
          variant="default"
          loading={busy}
          disabled={tourCount === 0}
          onClick={() => void backUp('everything')}
        >
          {t('backup.make.everything')}
        </Button>
      </Group>
    </Stack>
  );
}
