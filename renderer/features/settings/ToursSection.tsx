import { useState } from 'react';
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSaveAction } from '../../ui/useSaveAction';
import { readActiveTourId, setActiveTourId } from '../../db/settings';
import { deleteTour, listTours } from '../../db/tours';
import type { Tour } from '../../domain/entities';
import { formatDateRange } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { tourTitle } from '../../domain/names/tourTitle';
import { TableHead } from '../../ui/TableHead';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';

/** The tours kept on this computer, with deletion behind a confirmation. */
export function ToursSection() {
  const { t } = useTranslation();
  const saving = useSaveAction();
  const language = useUiLanguage();
  const tours = useLiveQuery(listTours, []);
  const [toDelete, setToDelete] = useState<Tour | null>(null);

  const confirmDelete = async (tour: Tour) => {
    await saving.run(
      async (options) => {
        await deleteTour(tour.id, options);
        if ((await readActiveTourId()) === tour.id) await setActiveTourId(null);
      },
      { success: t('settings.tourDeleted'), basedOn: tour },
    );
  };

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('settings.toursTitle')}
      </Title>
      {tours && tours.length === 0 && <Text c="dimmed">{t('settings.noTours')}</Text>}
      {tours && tours.length > 0 && (
        <Table>
          <TableHead
            columns={[t('settings.tourColumn'), t('settings.datesColumn')]}
            actions={t('settings.actionsColumn')}
          />
          <Table.Tbody>
            {tours.map((tour) => (
              <Table.Tr key={tour.id}>
                <Table.Td>{tourTitle(tour, language)}</Table.Td>
                <Table.Td>{formatDateRange(tour.startDate, tour.endDate, language)}</Table.Td>
                <Table.Td>
                  <Button
                    color="red"
                    variant="subtle"
                    size="xs"
                    onClick={() => setToDelete(tour)}
                    aria-label={t('settings.deleteTourNamed', { title: tourTitle(tour, language) })}
                  >
                    {t('common.delete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {toDelete && (
        <ConfirmDeleteModal
          title={t('settings.deleteTourTitle')}
          message={t('settings.deleteTourBody', { title: tourTitle(toDelete, language) })}
          onConfirm={() => confirmDelete(toDelete)}
          onClose={() => setToDelete(null)}
        />
      )}
    </Stack>
  );
}
