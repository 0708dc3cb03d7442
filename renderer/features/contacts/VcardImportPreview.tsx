import { Checkbox, NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../domain/entities';
import { pickText } from '../../domain/localizedText';
import { displayName } from '../../domain/names';
import type { ImportDecision, ImportEntry } from '../../domain/vcard/importPlan';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { organisationName } from './contactQueries';

/** Every card of a short vCard file with what will happen to it: add, merge into its duplicate, skip. */
export function VcardImportPreview({
  entries,
  organisations,
  decide,
}: {
  entries: readonly ImportEntry[];
  organisations: readonly Organisation[];
  decide: (index: number, decision: ImportDecision) => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
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
  );
}
