import { useState } from 'react';
import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDeepLink } from '../../ui/useDeepLink';
import { RowActions } from '../../ui/RowActions';
import { useSaveAction } from '../../ui/useSaveAction';
import { deleteDelegate } from '../../db/programme';
import { restoreDeleted } from '../../db/recycleBin';
import { showDeletedWithUndo } from '../../ui/undoDeletion';
import { DelegateUsageText } from './DelegateUsageText';
import type { Delegate } from '../../domain/entities';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { DelegateFormModal } from './DelegateFormModal';
import { delegateName, localized } from '../../domain/names/recordLabels';
import { TableHead } from '../../ui/TableHead';

type Editing = { delegate: Delegate | null } | null;

/** The members of the delegation, head first, with their composition by gender. */
export function DelegationView({
  tourId,
  delegates,
}: {
  tourId: string;
  delegates: readonly Delegate[] | undefined;
}) {
  const { t } = useTranslation();
  const saving = useSaveAction();
  const language = useUiLanguage();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Delegate | null>(null);
  // Global search links here as /programme?delegate=<id>: open that member's form.
  useDeepLink('delegate', delegates, (delegate) => setEditing({ delegate }));
  const members = delegates ?? [];
  const nextOrder = members.reduce((max, delegate) => Math.max(max, delegate.order + 1), 0);
  const women = members.filter((delegate) => delegate.gender === 'female').length;
  const men = members.filter((delegate) => delegate.gender === 'male').length;

  const remove = async (delegate: Delegate) => {
    const outcome = await saving.run((options) => deleteDelegate(delegate.id, options), {
      basedOn: delegate,
    });
    // Undo puts the member back into the visits and as the author of the findings.
    if (outcome.ok)
      showDeletedWithUndo(t, t('programme.delegation.deleted'), () =>
        restoreDeleted('delegates', delegate.id),
      );
    setRemoving(null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('programme.delegation.composition', { count: members.length, women, men })}
        </Text>
        <Button
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => setEditing({ delegate: null })}
        >
          {t('programme.delegation.add')}
        </Button>
      </Group>
      {delegates !== undefined && members.length === 0 ? (
        <Text c="dimmed">{t('programme.delegation.empty')}</Text>
      ) : (
        <Table striped highlightOnHover>
          <TableHead
            columns={[
              t('programme.delegation.name'),
              t('programme.delegateForm.role'),
              t('programme.delegateForm.rank'),
              t('programme.delegateForm.position'),
              t('programme.delegateForm.gender'),
            ]}
            actions={t('programme.delegation.actions')}
          />
          <Table.Tbody>
            {members.map((delegate) => {
              const name = delegateName(delegate, language);
              return (
                <Table.Tr key={delegate.id}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>{t(`programme.roles.${delegate.role}`)}</Table.Td>
                  <Table.Td>{localized(delegate.rank, language)}</Table.Td>
                  <Table.Td>{localized(delegate.position, language)}</Table.Td>
                  <Table.Td>{t(`programme.genders.${delegate.gender}`)}</Table.Td>
                  <Table.Td>
                    <RowActions
                      justify="flex-end"
                      actions={[
                        {
                          label: t('programme.delegation.edit', { name }),
                          icon: IconPencil,
                          onClick: () => setEditing({ delegate }),
                        },
                        {
                          label: t('programme.delegation.delete', { name }),
                          icon: IconTrash,
                          onClick: () => setRemoving(delegate),
                          danger: true,
                        },
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <DelegateFormModal
          tourId={tourId}
          delegate={editing.delegate}
          nextOrder={nextOrder}
          onClose={() => setEditing(null)}
        />
      )}
      {removing && (
        <Modal opened onClose={() => setRemoving(null)} title={t('programme.delegation.deleteTitle')}>
          <Stack>
            <Text>{t('programme.delegation.deleteBody', { name: delegateName(removing, language) })}</Text>
            <DelegateUsageText delegateId={removing.id} tourId={tourId} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button color="red" onClick={() => void remove(removing)}>
                {t('programme.delegation.deleteConfirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
