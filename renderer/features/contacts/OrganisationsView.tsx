import { useMemo, useState } from 'react';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowMerge, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../ui/RowActions';
import { WindowVirtualTableBody } from '../../ui/WindowVirtualTableBody';
import { SHORT_LIST_LENGTH } from '../../ui/useWindowVirtualRows';
import { removeOrganisation } from '../../db/contacts';
import { mergeOrganisations } from '../../db/duplicates';
import { restoreDeleted } from '../../db/recycleBin';
import { showDeletedWithUndo } from '../../ui/undoDeletion';
import { useSaveAction } from '../../ui/useSaveAction';
import { organisationDuplicates } from '../../domain/duplicates';
import type { Contact, Organisation } from '../../domain/entities';
import { foldForSearch } from '../../domain/names';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { organisationName } from './contactQueries';
import { OrganisationFormModal } from './OrganisationFormModal';
import { MergeModal } from './MergeModal';
import { OrganisationUsageText } from './UsageText';
import { TableHead } from '../../ui/TableHead';

interface OrganisationsViewProps {
  tourId: string;
  organisations: readonly Organisation[];
  contacts: readonly Contact[];
}

type Dialog =
  | { kind: 'none' }
  | { kind: 'form'; organisation: Organisation | null }
  | { kind: 'delete'; organisation: Organisation }
  | { kind: 'merge'; organisation: Organisation };

/** An organisation row's usual height (its name and the Hungarian original): the table corrects it. */
const ROW_HEIGHT_GUESS = 60;

/** Host and partner bodies, with the original Hungarian name kept beside the translated one. */
export function OrganisationsView({ tourId, organisations, contacts }: OrganisationsViewProps) {
  const { t } = useTranslation();
  const saving = useSaveAction();
  const language = useUiLanguage();
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const sorted = useMemo(
    () =>
      [...organisations].sort((a, b) =>
        foldForSearch(organisationName(a, language)).localeCompare(
          foldForSearch(organisationName(b, language)),
          language,
        ),
      ),
    [organisations, language],
  );

  const organisationLabel = (organisation: Organisation) =>
    [organisationName(organisation, language), organisation.city].filter((part) => part !== '').join(', ');

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('contacts.organisations.count', { count: organisations.length })}
        </Text>
        <Button onClick={() => setDialog({ kind: 'form', organisation: null })}>
          {t('contacts.organisations.add')}
        </Button>
      </Group>
      {organisations.length === 0 ? (
        <Text c="dimmed">{t('contacts.organisations.empty')}</Text>
      ) : (
        <Table striped aria-label={t('contacts.organisations.tableLabel')}>
          <TableHead
            columns={[
              t('contacts.organisations.name'),
              t('contacts.organisations.kind'),
              t('contacts.organisations.city'),
              t('contacts.organisations.contacts'),
            ]}
            actions={t('contacts.table.actions')}
          />
          <WindowVirtualTableBody
            items={sorted}
            itemKey={(organisation) => organisation.id}
            estimateHeight={ROW_HEIGHT_GUESS}
            showAllUpTo={SHORT_LIST_LENGTH}
            columnCount={5}
            renderCells={(organisation) => {
              const name = organisationName(organisation, language);
              const original = organisation.name.hu;
              const people = contacts.filter((contact) => contact.organisationId === organisation.id).length;
              return (
                <>
                  <Table.Td>
                    <Text>{name}</Text>
                    {original && original !== name && (
                      <Text size="xs" c="dimmed" lang="hu">
                        {original}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`contacts.kinds.${organisation.kind}`)}</Table.Td>
                  <Table.Td>{organisation.city}</Table.Td>
                  <Table.Td>{people}</Table.Td>
                  <Table.Td>
                    <RowActions
                      actions={[
                        {
                          label: t('contacts.actions.editNamed', { name }),
                          icon: IconPencil,
                          onClick: () => setDialog({ kind: 'form', organisation }),
                        },
                        {
                          label: t('duplicates.merge.organisation.startNamed', { name }),
                          icon: IconArrowMerge,
                          onClick: () => setDialog({ kind: 'merge', organisation }),
                          disabled: organisations.length < 2,
                        },
                        {
                          label: t('contacts.actions.deleteNamed', { name }),
                          icon: IconTrash,
                          onClick: () => setDialog({ kind: 'delete', organisation }),
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
      {dialog.kind === 'form' && (
        <OrganisationFormModal
          key={dialog.organisation?.id ?? 'new'}
          tourId={tourId}
          organisation={dialog.organisation}
          organisations={organisations}
          onOpenExisting={(existing) => setDialog({ kind: 'form', organisation: existing })}
          onClose={() => setDialog({ kind: 'none' })}
        />
      )}
      {dialog.kind === 'delete' && (
        <ConfirmDeleteModal
          title={t('contacts.organisations.deleteTitle')}
          message={t('contacts.organisations.deleteMessage', {
            name: organisationName(dialog.organisation, language),
          })}
          usage={<OrganisationUsageText organisationId={dialog.organisation.id} tourId={tourId} />}
          onConfirm={async () => {
            const shown = dialog.organisation;
            const id = shown.id;
            const outcome = await saving.run((options) => removeOrganisation(id, options), {
              basedOn: shown,
            });
            // Undo gives the organisation its people back.
            if (outcome.ok)
              showDeletedWithUndo(t, t('contacts.organisations.deleted'), () =>
                restoreDeleted('organisations', id),
              );
          }}
          onClose={() => setDialog({ kind: 'none' })}
        />
      )}
      {dialog.kind === 'merge' && (
        <MergeModal
          kind="organisation"
          current={{ id: dialog.organisation.id, label: organisationLabel(dialog.organisation) }}
          others={sorted
            .filter((other) => other.id !== dialog.organisation.id)
            .map((other) => ({ id: other.id, label: organisationLabel(other) }))}
          suggested={organisationDuplicates(dialog.organisation, organisations).map((other) => other.id)}
          usage={(id) => <OrganisationUsageText organisationId={id} tourId={tourId} />}
          merge={mergeOrganisations}
          onClose={() => setDialog({ kind: 'none' })}
        />
      )}
    </Stack>
  );
}
