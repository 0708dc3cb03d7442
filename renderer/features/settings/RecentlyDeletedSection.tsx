import { useState } from 'react';
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useActiveTour } from '../../ui/activeTour';
import { listRecentlyDeleted, restoreDeleted } from '../../db/recycleBin';
import { RECYCLE_BIN_DAYS, type BinRecord } from '../../domain/recycleBin';
import { formatMoment } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { binRecordName } from './binNames';
import { TableHead } from '../../ui/TableHead';

/**
 * What was deleted from the active tour in the last 30 days, each with Restore. A restore is an
 * ordinary change: it reaches colleagues with the next exchange.
 */
export function RecentlyDeletedSection() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const tour = useActiveTour();
  const tourId = tour?.id ?? null;
  // Read when the list is shown: a deletion 30 days old leaves it at the next look.
  const entries = useLiveQuery(() => (tourId ? listRecentlyDeleted(tourId, Date.now()) : []), [tourId]);
  const [busy, setBusy] = useState<string | null>(null);

  const restore = async (entry: BinRecord, name: string) => {
    setBusy(entry.record.id);
    try {
      await restoreDeleted(entry.kind, entry.record.id);
      notifications.show({ color: 'green', message: t('recycleBin.restoredNamed', { name }) });
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('errors.saveFailed') });
    } finally {
      setBusy(null);
    }
  };

  if (!tourId) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="recently-deleted">
      <Title order={2} size="h3" id="recently-deleted">
        {t('recycleBin.title')}
      </Title>
      <Text size="sm">{t('recycleBin.hint', { count: RECYCLE_BIN_DAYS })}</Text>
      {entries && entries.length === 0 && <Text c="dimmed">{t('recycleBin.empty')}</Text>}
      {entries && entries.length > 0 && (
        <Table aria-labelledby="recently-deleted">
          <TableHead
            columns={[t('recycleBin.name'), t('recycleBin.kind'), t('recycleBin.deletedAt')]}
            actions={t('recycleBin.actions')}
          />
          <Table.Tbody>
            {entries.map((entry) => {
              const name = binRecordName(entry, language) || t('recycleBin.untitled');
              return (
                <Table.Tr key={entry.record.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{name}</Table.Td>
                  <Table.Td>{t(`recycleBin.kinds.${entry.kind}`)}</Table.Td>
                  <Table.Td>{formatMoment(entry.record.deletedAt ?? '', language)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      loading={busy === entry.record.id}
                      aria-label={t('recycleBin.restoreNamed', { name })}
                      onClick={() => void restore(entry, name)}
                    >
                      {t('recycleBin.restore')}
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
