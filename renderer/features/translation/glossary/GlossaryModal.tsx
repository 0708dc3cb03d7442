import { useMemo, useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { deleteGlossaryTerm } from '../../../db/glossary';
import { LANGUAGES, type GlossaryTerm } from '../../../domain/entities';
import type { TranslatableTour } from '../../../domain/findings';
import { tourGlossary } from '../../../domain/glossary/tourGlossary';
import { localized } from '../../../domain/names/recordLabels';
import { foldedHaystack, matchesFolded } from '../../../domain/names';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { RowActions } from '../../../ui/RowActions';
import { TableHead } from '../../../ui/TableHead';
import { GlossaryTermForm } from './GlossaryTermForm';

interface Props {
  tour: TranslatableTour;
  onClose(): void;
}

type Editing = { term: GlossaryTerm | null; stored: boolean };

/**
 * The tour's glossary: the agreed terms, and the key points, organisations and ranks of the tour
 * proposed as terms (editing one agrees it). Add, edit, delete; the Find box looks in all languages.
 */
export function GlossaryModal({ tour, onClose }: Props) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<GlossaryTerm | null>(null);
  const storedIds = useMemo(() => new Set((tour.tour.glossary ?? []).map((term) => term.id)), [tour]);
  const terms = useMemo(() => tourGlossary(tour), [tour]);
  const shown = useMemo(
    () =>
      query.trim() === ''
        ? terms
        : terms.filter((term) =>
            matchesFolded(query, foldedHaystack([...Object.values(term.text), term.note])),
          ),
    [terms, query],
  );
  const nameOf = (term: GlossaryTerm) => localized(term.text, uiLanguage);

  return (
    <>
      <Modal opened onClose={onClose} title={t('glossary.title')} size="100%">
        <Stack>
          <Text size="sm">{t('glossary.intro')}</Text>
          <Group align="flex-end" justify="space-between">
            <TextInput
              type="search"
              label={t('glossary.find')}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
            />
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing({ term: null, stored: false })}
            >
              {t('glossary.add')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed" role="status">
            {t('glossary.count', { count: shown.length })}
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label={t('glossary.title')}>
              <TableHead
                columns={[...LANGUAGES.map((language) => language.toUpperCase()), t('glossary.note')]}
                actions={t('glossary.actions')}
              />
              <Table.Tbody>
                {shown.map((term) => {
                  const stored = storedIds.has(term.id);
                  const name = nameOf(term);
                  return (
                    <Table.Tr key={term.id}>
                      {LANGUAGES.map((language) => (
                        <Table.Td key={language} lang={language}>
                          {term.text[language] ?? ''}
                        </Table.Td>
                      ))}
                      <Table.Td>
                        {stored ? (
                          term.note
                        ) : (
                          <Badge size="sm" variant="light" color="gray.8">
                            {t('glossary.fromTour')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <RowActions
                          justify="flex-end"
                          actions={[
                            {
                              label: t('glossary.edit', { term: name }),
                              icon: IconPencil,
                              onClick: () => setEditing({ term, stored }),
                            },
                            ...(stored
                              ? [
                                  {
                                    label: t('glossary.delete', { term: name }),
                                    icon: IconTrash,
                                    danger: true,
                                    onClick: () => setDeleting(term),
                                  },
                                ]
                              : []),
                          ]}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Modal>
      {editing && (
        <GlossaryTermForm
          tourId={tour.tour.id}
          term={editing.term}
          stored={editing.stored}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDeleteModal
          title={t('glossary.confirmDelete.title')}
          message={t('glossary.confirmDelete.message', { term: nameOf(deleting) })}
          onConfirm={async () => {
            try {
              await deleteGlossaryTerm(tour.tour.id, deleting.id);
              notifications.show({ color: 'green', message: t('glossary.deleted') });
            } catch (cause) {
              console.error(cause);
              notifications.show({ color: 'red', message: t('errors.saveFailed') });
            }
          }}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}
