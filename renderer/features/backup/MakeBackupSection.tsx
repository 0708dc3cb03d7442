import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { makeBackup, readLastBackupAt, recordBackupMade, type BackupScope } from '../../db/backup';
import { listTours } from '../../db/tours';
import type { Tour } from '../../domain/entities';
import { backupState } from '../../domain/overview/readiness';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { isDesktop } from '../../platform';
import { formatMoment } from './formatting';
import { useBundleSaving } from './useBundleSaving';

/** Backs up the active tour or everything into one file the user keeps. */
export function MakeBackupSection({ activeTour }: { activeTour: Tour | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const lastBackupAt = useLiveQuery(readLastBackupAt, []);
  const tourCount = useLiveQuery(async () => (await listTours()).length, []);
  const { busy, saveBundle, dialog } = useBundleSaving();
  // One state for the line and the reminder: "no backup yet" and "more than a day old" never together.
  const state = backupState(lastBackupAt, Date.now(), (tourCount ?? 0) > 0);

  const backUp = (scope: BackupScope) =>
    saveBundle({
      make: (fileKey) => makeBackup(scope, __APP_VERSION__, fileKey),
      kindName: t('nav.backup'),
      savedMessage: (fileName) => t('backup.make.saved', { fileName }),
      // The moment the backup was made counts, not when the save dialog closed.
      afterSaved: (backup) => recordBackupMade(backup.createdAt),
    });

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
      {dialog}
    </Stack>
  );
}
