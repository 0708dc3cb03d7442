import { useState } from 'react';
import { useDeepLink } from '../../ui/useDeepLink';
import { RowActions } from '../../ui/RowActions';
import { Button, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSaveAction } from '../../ui/useSaveAction';
import { useActiveTour } from '../../ui/activeTour';
import { WindowVirtualTableBody } from '../../ui/WindowVirtualTableBody';
import { SHORT_LIST_LENGTH } from '../../ui/useWindowVirtualRows';
import { deleteMaterial } from '../../db/findings';
import { restoreDeleted } from '../../db/recycleBin';
import { showDeletedWithUndo } from '../../ui/undoDeletion';
import type { Attachment, Material } from '../../domain/entities';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { saveFile } from '../../platform';
import { contactName, eventLabel, localized } from '../../domain/names/recordLabels';
import { TranslationMarks } from '../../ui/TranslationMarks';
import { useTourRecords } from '../../db/queries/useTourRecords';
import { documentLanguageName } from './documentLanguages';
import { MaterialForm } from './MaterialForm';
import { TableHead } from '../../ui/TableHead';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';

/** A material row's usual height (a title over two lines, a file button): the table corrects it. */
const ROW_HEIGHT_GUESS = 60;

type Editing = { material: Material | null } | null;

/** Documents received from the hosts, with the file kept so it can be saved again. */
export function MaterialsScreen() {
  const tour = useActiveTour();
  if (!tour) return null;
  return <MaterialsOfTour tourId={tour.id} />;
}

function MaterialsOfTour({ tourId }: { tourId: string }) {
  const { t } = useTranslation();
  const saving = useSaveAction();
  const language = useUiLanguage();
  const records = useTourRecords(tourId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Material | null>(null);
  // Global search links here as /materials?material=<id>: open that material.
  useDeepLink('material', records.materials, (material) => setEditing({ material }));
  const { materials, events, contacts, attachments } = records;

  if (!materials || !events || !contacts || !attachments) {
    return (
      <Center>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const attachmentOf = (material: Material): Attachment | undefined =>
    attachments.find((attachment) => attachment.id === material.attachmentId);
  // Programme order, materials without a visit last.
  const position = (material: Material) => {
    const index = events.findIndex((event) => event.id === material.eventId);
    return index === -1 ? events.length : index;
  };
  const sorted = [...materials].sort((a, b) => position(a) - position(b));

  const saveAgain = async (attachment: Attachment) => {
    try {
      const bytes = new Uint8Array(await attachment.blob.arrayBuffer());
      await saveFile({ suggestedName: attachment.fileName, bytes, mimeType: attachment.mimeType });
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('materials.errors.saveFileFailed') });
    }
  };

  const remove = async (material: Material) => {
    const outcome = await saving.run((options) => deleteMaterial(material.id, options), {
      basedOn: material,
    });
    // Undo brings the material back with its file.
    if (outcome.ok)
      showDeletedWithUndo(t, t('materials.deleted'), () => restoreDeleted('materials', material.id));
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('materials.title')}
        </Title>
        <Button onClick={() => setEditing({ material: null })}>{t('materials.new')}</Button>
      </Group>
      {materials.length === 0 && <Text c="dimmed">{t('materials.empty')}</Text>}
      {materials.length > 0 && (
        <Table>
          <TableHead
            columns={[
              t('materials.form.title'),
              t('materials.form.kind'),
              t('materials.form.language'),
              t('materials.form.receivedFrom'),
              t('materials.form.visit'),
              t('materials.form.file'),
            ]}
            actions={t('materials.actions')}
          />
          <WindowVirtualTableBody
            items={sorted}
            itemKey={(material) => material.id}
            estimateHeight={ROW_HEIGHT_GUESS}
            showAllUpTo={SHORT_LIST_LENGTH}
            columnCount={7}
            renderCells={(material) => {
              const title = localized(material.title, language);
              const from = contacts.find((contact) => contact.id === material.receivedFromContactId);
              const event = events.find((candidate) => candidate.id === material.eventId);
              const attachment = attachmentOf(material);
              return (
                <>
                  <Table.Td>
                    {title} <TranslationMarks text={material.title} language={language} />
                  </Table.Td>
                  <Table.Td>{t(`materials.kinds.${material.kind}`)}</Table.Td>
                  <Table.Td>{documentLanguageName(material.language, language)}</Table.Td>
                  <Table.Td>{from ? contactName(from, language) : ''}</Table.Td>
                  <Table.Td>{event ? eventLabel(event, language) : ''}</Table.Td>
                  <Table.Td>
                    {attachment ? (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => void saveAgain(attachment)}
                        aria-label={t('materials.saveFileNamed', { name: attachment.fileName })}
                      >
                        {attachment.fileName}
                      </Button>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('materials.noFile')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {/* Icons, as in the delegation's table: seven columns share a 1024 px laptop's width. */}
                    <RowActions
                      actions={[
                        {
                          label: t('materials.editNamed', { title }),
                          tooltip: t('common.edit'),
                          icon: IconPencil,
                          onClick: () => setEditing({ material }),
                        },
                        {
                          label: t('materials.deleteNamed', { title }),
                          tooltip: t('common.delete'),
                          icon: IconTrash,
                          onClick: () => setDeleting(material),
                          danger: true,
                        },
                      ]}
                    />
                  </Table.Td>
                </>
              );
            }}
          />
        </Table>
      )}
      {editing && (
        <MaterialForm
          tourId={tourId}
          material={editing.material}
          attachment={editing.material ? attachmentOf(editing.material) : undefined}
          records={records}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDeleteModal
          title={t('materials.deleteTitle')}
          message={t('materials.deleteBody', { title: localized(deleting.title, language) })}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}
