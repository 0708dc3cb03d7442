import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { writeContactBatch } from '../../db/contacts';
import type { Contact, Organisation } from '../../domain/entities';
import { pickText } from '../../domain/localizedText';
import { displayName } from '../../domain/names';
import { runImport } from '../../db/imports/runImport';
import type { ImportDecision, ImportEntry } from '../../domain/vcard/importPlan';
import { VCardParseError } from '../../domain/vcard/parseVcard';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { ImportProgressBar } from '../../ui/ImportProgressBar';
import { useImportCheck } from '../../ui/useImportCheck';
import { organisationName } from './contactQueries';
import { importBatch } from './vcardImportPlan';
/**
 * Above this many cards the preview is a count to confirm, not a list: a delegation meets tens of
 * people, so thousands of cards are most likely a whole address book chosen by mistake, and listing
 * them one by one would hold the window for long.
 */
export const LISTED_CARDS_AT_MOST = 200;

interface VcardImportModalProps {
  tourId: string;
  contacts: readonly Contact[];
  organisations: readonly Organisation[];
  onClose(): void;
}

/**
 * Import of a .vcf file: the file is read, checked and matched with the tour's contacts in the
 * import worker (with progress and Cancel), every card is shown with what will happen to it (add,
 * merge into the duplicate, skip), and nothing is written until the user confirms.
 */
export function VcardImportModal({ tourId, contacts, organisations, onClose }: VcardImportModalProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [file, setFile] = useState<File | null>(null);
  const [entries, setEntries] = useState<ImportEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const check = useImportCheck();
  const stopCheck = () => {
    check.cancel();
    setFile(null);
  };

  const read = async (chosen: File | null) => {
    setFile(chosen);
    setEntries(null);
    setProblem(null);
    if (!chosen) return check.cancel();
    try {
      const outcome = await check.run((job) =>
        runImport({
          job: { kind: 'vcard', file: chosen, contacts: [...contacts], organisations: [...organisations] },
          ...job,
        }),
      );
      // null: cancelled (stopCheck has cleared the choice), nothing read, nothing written.
      if (outcome) setEntries(outcome.value.entries);
    } catch (cause) {
      if (cause instanceof VCardParseError) {
        setProblem(
          cause.code === 'tooLong'
            ? t('imports.cardTooLong', { ...cause.values, field: cause.detail, card: cause.cardNumber ?? '' })
            : t(`contacts.import.errors.${cause.code}`, {
                detail: cause.detail,
                card: cause.cardNumber ?? '',
              }),
        );
      } else {
        console.error(cause);
        setProblem(t('contacts.import.errors.read'));
      }
    }
  };

  const decide = (index: number, decision: ImportDecision) =>
    setEntries((current) =>
      current ? current.map((entry, i) => (i === index ? { ...entry, decision } : entry)) : current,
    );

  const confirm = async () => {
    if (!entries) return;
    setSaving(true);
    try {
      const { batch, summary } = importBatch(tourId, entries);
      await writeContactBatch(batch);
      notifications.show({ color: 'green', message: t('contacts.import.done', { ...summary }) });
      onClose();
    } catch (cause) {
      console.error(cause);
      setProblem(t('contacts.import.errors.write'));
    } finally {
      setSaving(false);
    }
  };

  const toWrite = entries?.filter((entry) => entry.decision !== 'skip').length ?? 0;

  return (
    <Modal opened onClose={onClose} size="xl" title={t('contacts.import.title')}>
      <Stack>
        <FileInput
          label={t('contacts.import.file')}
          description={t('contacts.import.fileHint')}
          accept=".vcf,text/vcard,text/x-vcard"
          placeholder={t('pickers.chooseFile')}
          value={file}
          onChange={(chosen) => void read(chosen)}
          clearable
          disabled={check.checking}
        />
        {check.checking && <ImportProgressBar progress={check.progress} onCancel={stopCheck} />}
        {problem && (
          <Alert color="red" role="alert" title={t('contacts.import.refused')}>
            {problem}
          </Alert>
        )}
        {entries && entries.length > LISTED_CARDS_AT_MOST && (
          <Alert color="yellow" title={t('imports.manyCardsTitle', { count: entries.length })}>
            {t('imports.manyCards', {
              count: entries.length,
              duplicates: entries.length - toWrite,
            })}
          </Alert>
        )}
        {entries && entries.length <= LISTED_CARDS_AT_MOST && (
          <>
            <Text size="sm">{t('contacts.import.preview', { count: entries.length })}</Text>
            <Table aria-label={t('contacts.import.previewLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contacts.table.name')}</Table.Th>
                  <Table.Th>{t('contacts.table.organisation')}</Table.Th>
                  <Table.Th>{t('contacts.import.status')}</Table.Th>
                  <Table.Th>{t('contacts.import.decision')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry, index) => {
                  const name = displayName(entry.card, language);
                  const organisation = entry.organisationId
                    ? organisationName(
                        organisations.find((o) => o.id === entry.organisationId),
                        language,
                      )
                    : pickText(entry.card.organisationName, language).value;
                  return (
                    <Table.Tr key={index}>
                      <Table.Td>
                        {name}
                        {entry.card.emails.length > 0 && (
                          <Text size="xs" c="dimmed">
                            {entry.card.emails.join(', ')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {organisation}
                        {entry.newOrganisationName && (
                          <Text size="xs" c="dimmed">
                            {t('contacts.import.newOrganisation')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {entry.duplicateOf
                          ? t(
                              entry.duplicateReason === 'email'
                                ? 'contacts.import.duplicateEmail'
                                : 'contacts.import.duplicateName',
                              { name: displayName(entry.duplicateOf, language) },
                            )
                          : t('contacts.import.new')}
                      </Table.Td>
                      <Table.Td>
                        {entry.duplicateOf ? (
                          <NativeSelect
                            aria-label={t('contacts.import.decisionFor', { name })}
                            data={(['skip', 'merge'] as const).map((decision) => ({
                              value: decision,
                              label: t(`contacts.import.decisions.${decision}`),
                            }))}
                            value={entry.decision}
                            onChange={(event) => decide(index, event.currentTarget.value as ImportDecision)}
                          />
                        ) : (
                          <Checkbox
                            label={t('contacts.import.decisions.add')}
                            aria-label={t('contacts.import.addNamed', { name })}
                            checked={entry.decision === 'add'}
                            onChange={(event) => decide(index, event.currentTarget.checked ? 'add' : 'skip')}
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()} disabled={!entries || toWrite === 0} loading={saving}>
            {t('contacts.import.confirm', { count: toWrite })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
