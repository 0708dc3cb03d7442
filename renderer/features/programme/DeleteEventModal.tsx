import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSaveAction } from '../../ui/useSaveAction';
import { countFindingsOfEvent, countMaterialsOfEvent, deleteEventKeepingFindings } from '../../db/programme';
import { restoreDeleted } from '../../db/recycleBin';
import { showDeletedWithUndo } from '../../ui/undoDeletion';
import type { TourEvent } from '../../domain/entities';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { localized } from '../../domain/names/recordLabels';

/** Asks before deleting an event; findings recorded there are kept, only unlinked. */
export function DeleteEventModal({ event, onClose }: { event: TourEvent; onClose(): void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const findingCount = useLiveQuery(() => countFindingsOfEvent(event.id), [event.id]);
  const materialCount = useLiveQuery(() => countMaterialsOfEvent(event.id), [event.id]);
  const saving = useSaveAction();
  const deleting = saving.pending;

  const confirm = async () => {
    const outcome = await saving.run((options) => deleteEventKeepingFindings(event.id, options), {
      basedOn: event,
    });
    if (!outcome.ok) return;
    // Undo brings the event back with the findings and materials noted there linked again.
    showDeletedWithUndo(t, t('programme.deleteEvent.done'), () => restoreDeleted('events', event.id));
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('programme.deleteEvent.title')}>
      <Stack>
        <Text>{t('programme.deleteEvent.body', { title: localized(event.title, language) })}</Text>
        {findingCount !== undefined && findingCount > 0 && (
          <Text fw={600}>{t('programme.deleteEvent.findings', { count: findingCount })}</Text>
        )}
        {materialCount !== undefined && materialCount > 0 && (
          <Text fw={600}>{t('deletion.event.materials', { count: materialCount })}</Text>
        )}
        {findingCount === 0 && materialCount === 0 && <Text fw={600}>{t('deletion.event.none')}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={deleting}
            disabled={findingCount === undefined}
            onClick={() => void confirm()}
          >
            {t('programme.deleteEvent.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
