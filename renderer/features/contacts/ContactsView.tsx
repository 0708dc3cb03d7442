import { useMemo, useState } from 'react';
import { WindowVirtualTableBody } from '../../ui/WindowVirtualTableBody';
import { SHORT_LIST_LENGTH } from '../../ui/useWindowVirtualRows';
import { useDeepLink } from '../../ui/useDeepLink';
import { RowActions } from '../../ui/RowActions';
import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPencil, IconSearch, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { mergeContacts } from '../../db/duplicates';
import { restoreDeleted } from '../../db/recycleBin';
import { contactDuplicates } from '../../domain/duplicates';
import { contacts as contactRepository } from '../../db/repositories';
import { showDeletedWithUndo } from '../../ui/undoDeletion';
import { useSaveAction } from '../../ui/useSaveAction';
import { ContactUsageText } from './ContactUsageText';
import { CONTACT_ROLES, type Contact, type Organisation, type TourEvent } from '../../domain/entities';
import { displayName } from '../../domain/names';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { ContactDetailsModal } from './ContactDetailsModal';
import { ContactFormModal } from './ContactFormModal';
import {
  NO_FILTERS,
  filterContacts,
  organisationName,
  sortContacts,
  visitsOf,
  type ContactFilters,
} from './contactQueries';
import { saveContactsAsVCard } from './exportVcard';
import { languageName } from '../../i18n/languageNames';
import { vcardImport } from './vcardBackgroundImport';
import { MergeModal } from './MergeModal';
import { TableHead } from '../../ui/TableHead';

interface ContactsViewProps {
  tourId: string;
  contacts: readonly Contact[];
  organisations: readonly Organisation[];
  events: readonly TourEvent[];
}

type Dialog =
  | { kind: 'none' }
  | { kind: 'form'; contact: Contact | null }
  | { kind: 'details'; contactId: string }
  | { kind: 'delete'; contact: Contact }
  | { kind: 'merge'; contact: Contact };

/** A contact row's usual height (names in two scripts, a phone and an e-mail): the table corrects it. */
const ROW_HEIGHT_GUESS = 70;

/** The people met: search and filters, the list, and the ways in and out (form, vCard). */
export function ContactsView({ tourId, contacts, organisations, events }: ContactsViewProps) {
  const { t } = useTranslation();
  const saving = useSaveAction();
  const language = useUiLanguage();
  const [filters, setFilters] = useState<ContactFilters>(NO_FILTERS);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  // Global search links here as /contacts?contact=<id>.
  useDeepLink('contact', contacts, (contact) => setDialog({ kind: 'details', contactId: contact.id }));
  const organisationsById = useMemo(() => new Map(organisations.map((o) => [o.id, o])), [organisations]);

  const shown = useMemo(
    () => sortContacts(filterContacts(contacts, organisations, filters), language),
    [contacts, organisations, filters, language],
  );
  const spokenLanguages = useMemo(
    () => [...new Set(contacts.flatMap((contact) => contact.languages))].sort(),
    [contacts],
  );
  const set = <K extends keyof ContactFilters>(field: K, value: ContactFilters[K]) =>
    setFilters((current) => ({ ...current, [field]: value }));

  const exportAll = async () => {
    try {
      await saveContactsAsVCard(
        sortContacts(contacts, language),
        organisations,
        language,
        t('contacts.export.fileName'),
      );
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('contacts.export.failed') });
    }
  };

  // Names alone can be the same for two people: the organisation tells them apart.
  const contactLabel = (contact: Contact) =>
    [
      displayName(contact, language),
      organisationName(organisationsById.get(contact.organisationId ?? ''), language),
    ]
      .filter((part) => part !== '')
      .join(', ');

  const detailsContact =
    dialog.kind === 'details' ? contacts.find((c) => c.id === dialog.contactId) : undefined;

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('contacts.count', { count: shown.length })}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={() => vcardImport.openDialog(tourId)}>
            {t('contacts.actions.import')}
          </Button>
          <Button variant="default" onClick={() => void exportAll()} disabled={contacts.length === 0}>
            {t('contacts.actions.exportAll')}
          </Button>
          <Button onClick={() => setDialog({ kind: 'form', contact: null })}>
            {t('contacts.actions.add')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <TextInput
          type="search"
          label={t('contacts.search.label')}
          placeholder={t('contacts.search.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filters.query}
          onChange={(event) => set('query', event.currentTarget.value)}
        />
        <Select
          label={t('contacts.search.organisation')}
          placeholder={t('contacts.search.any')}
          data={organisations.map((organisation) => ({
            value: organisation.id,
            label: organisationName(organisation, language),
          }))}
          value={filters.organisationId}
          onChange={(value) => set('organisationId', value)}
          searchable
          clearable
        />
        <Select
          label={t('contacts.search.role')}
          placeholder={t('contacts.search.any')}
          data={CONTACT_ROLES.map((role) => ({ value: role, label: t(`contacts.roles.${role}`) }))}
          value={filters.role}
          onChange={(value) => set('role', value as Contact['role'] | null)}
          clearable
        />
        <Select
          label={t('contacts.search.language')}
          placeholder={t('contacts.search.any')}
          data={spokenLanguages.map((code) => ({ value: code, label: languageName(code, language) }))}
          value={filters.language}
          onChange={(value) => set('language', value)}
          clearable
        />
      </SimpleGrid>
      {contacts.length === 0 ? (
        <Text c="dimmed">{t('contacts.empty')}</Text>
      ) : shown.length === 0 ? (
        <Text c="dimmed">{t('contacts.noMatch')}</Text>
      ) : (
        <Table striped highlightOnHover aria-label={t('contacts.table.label')}>
          <TableHead
            columns={[
              t('contacts.table.name'),
              t('contacts.table.organisation'),
              t('contacts.table.role'),
              t('contacts.table.reach'),
              t('contacts.table.visits'),
            ]}
            actions={t('contacts.table.actions')}
          />
          <WindowVirtualTableBody
            items={shown}
            itemKey={(contact) => contact.id}
            estimateHeight={ROW_HEIGHT_GUESS}
            showAllUpTo={SHORT_LIST_LENGTH}
            columnCount={6}
            renderCells={(contact) => {
              const name = displayName(contact, language);
              const visits = visitsOf(contact.id, events).length;
              return (
                <>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      // A button centres its text: a name that wraps stays aligned with the column.
                      ta="left"
                      onClick={() => setDialog({ kind: 'details', contactId: contact.id })}
                    >
                      {name}
                    </Anchor>
                    {language !== 'ru' && language !== 'be' && (
                      <Text size="xs" c="dimmed" lang="ru">
                        {displayName(contact, 'ru')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {organisationName(organisationsById.get(contact.organisationId ?? ''), language)}
                  </Table.Td>
                  <Table.Td>{t(`contacts.roles.${contact.role}`)}</Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {[...contact.phones, ...contact.emails].map((value) => (
                        <Text key={value} size="sm">
                          {value}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{t('contacts.table.visitCount', { count: visits })}</Table.Td>
                  <Table.Td>
                    <RowActions
                      actions={[
                        {
                          label: t('contacts.actions.editNamed', { name }),
                          icon: IconPencil,
                          onClick: () => setDialog({ kind: 'form', contact }),
                        },
                        {
                          label: t('contacts.actions.exportNamed', { name }),
                          icon: IconDownload,
                          onClick: () =>
                            void saveContactsAsVCard(
                              [contact],
                              organisations,
                              language,
                              displayName(contact, 'en', 'list'),
                            ).catch(() =>
                              notifications.show({ color: 'red', message: t('contacts.export.failed') }),
                            ),
                        },
                        {
                          label: t('contacts.actions.deleteNamed', { name }),
                          icon: IconTrash,
                          onClick: () => setDialog({ kind: 'delete', contact }),
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
        <ContactFormModal
          key={dialog.contact?.id ?? 'new'}
          tourId={tourId}
          contact={dialog.contact}
          organisations={organisations}
          contacts={contacts}
          onOpenExisting={(existing) => setDialog({ kind: 'details', contactId: existing.id })}
          onClose={() => setDialog({ kind: 'none' })}
        />
      )}
      {detailsContact && (
        <ContactDetailsModal
          contact={detailsContact}
          organisations={organisations}
          events={events}
          onEdit={() => setDialog({ kind: 'form', contact: detailsContact })}
          onMerge={() => setDialog({ kind: 'merge', contact: detailsContact })}
          onClose={() => setDialog({ kind: 'none' })}
        />
      )}
      {dialog.kind === 'delete' && (
        <ConfirmDeleteModal
          title={t('contacts.delete.title')}
          message={t('contacts.delete.message', { name: displayName(dialog.contact, language) })}
          usage={<ContactUsageText contactId={dialog.contact.id} tourId={tourId} />}
          onConfirm={async () => {
            const shown = dialog.contact;
            const id = shown.id;
            // Against the version shown: one changed meanwhile is asked about, never deleted unseen.
            const outcome = await saving.run((options) => contactRepository.remove(id, undefined, options), {
              basedOn: shown,
            });
            if (outcome.ok)
              showDeletedWithUndo(t, t('contacts.delete.done'), () => restoreDeleted('contacts', id));
          }}
          onClose={() => setDialog({ kind: 'none' })}
        />
      )}
      {dialog.kind === 'merge' && (
        <MergeModal
          kind="contact"
          current={{ id: dialog.contact.id, label: contactLabel(dialog.contact) }}
          others={sortContacts(
            contacts.filter((other) => other.id !== dialog.contact.id),
            language,
          ).map((other) => ({ id: other.id, label: contactLabel(other) }))}
          suggested={contactDuplicates(dialog.contact, contacts).map((other) => other.id)}
          usage={(id) => <ContactUsageText contactId={id} tourId={tourId} />}
          merge={mergeContacts}
          onClose={() => setDialog({ kind: 'none' })}
        />
      )}
    </Stack>
  );
}
