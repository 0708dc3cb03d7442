import { useState } from 'react';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { applyExchangeImport, planDecodedExchange, type ExchangePlan } from '../../db/exchange';
import { readActiveTourId, setActiveTourId } from '../../db/settings';
import type { MergeSummary, Resolution } from '../../domain/merge';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { ConflictList } from './ConflictList';
import { FileCheckStatus } from './FileCheckStatus';
import { readBundleFile } from './decoding/readBundleFile';
import { DuplicatesList, OverwritesList, SenderKey } from './ExchangeTrust';
import { FilePicker } from './FilePicker';
import { usePassphrasePrompt } from './usePassphrasePrompt';
import type { IncomingFile } from './incomingFile';
import { formatMoment } from './formatting';
import { withinFileLimit } from './readChosenFile';
import { useFileImportFlow } from './useFileImportFlow';

const SUMMARY_ROWS = ['added', 'updated', 'conflictsResolved', 'deleted'] as const;

/** Brings a colleague's exchange file in: preview, a choice for each conflict, then one transaction. */
export function ExchangeImport({ incoming }: { incoming: IncomingFile | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [choices, setChoices] = useState<ReadonlyMap<string, Resolution>>(new Map());
  const prompt = usePassphrasePrompt();

  const senderOf = (plan: ExchangePlan) => plan.senderName || t('backup.exchange.unnamed');

  const flow = useFileImportFlow<ExchangePlan, MergeSummary>({
    incoming,
    // Decrypted (asking for the passphrase if need be), unzipped and checked, signature included,
    // in the import worker; then compared with the records here.
    inspect: async (bytes, job) =>
      planDecodedExchange(await readBundleFile('exchange', bytes, prompt.ask, job)),
    onCheck: () => setChoices(new Map()),
    apply: async (plan) => {
      const summary = await applyExchangeImport(plan, choices);
      const [firstTour] = plan.decoded.data.tours.filter((tour) => tour.deletedAt === null);
      if (firstTour && !(await readActiveTourId())) await setActiveTourId(firstTour.id);
      return summary;
    },
  });
  const { state, busy, check, apply, cancel } = flow;

  const allChosen =
    state.step === 'plan' && state.plan.conflicts.every((conflict) => choices.has(conflict.id));

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('backup.exchange.importTitle')}
      </Title>
      <FilePicker
        label={t('backup.exchange.fileLabel')}
        onFile={(file) => void check(() => withinFileLimit(file))}
        disabled={busy}
      />
      <FileCheckStatus flow={flow} prompt={prompt} />
      {state.step === 'plan' && (
        <Stack gap="sm">
          <Text>
            {t('backup.exchange.from', {
              name: senderOf(state.plan),
              when: formatMoment(state.plan.decoded.manifest.createdAt, language),
            })}
          </Text>
          <SenderKey plan={state.plan} />
          <Text>
            {t('backup.exchange.preview', {
              added: state.plan.preview.added,
              updated: state.plan.preview.updated,
              deleted: state.plan.preview.deleted,
            })}
          </Text>
          <OverwritesList plan={state.plan} senderName={senderOf(state.plan)} />
          <Text fw={600}>
            {state.plan.conflicts.length > 0
              ? t('backup.exchange.conflicts', { count: state.plan.conflicts.length })
              : t('backup.exchange.noConflicts')}
          </Text>
          <ConflictList
            conflicts={state.plan.conflicts}
            senderName={senderOf(state.plan)}
            choices={choices}
            onChoose={(id, choice) => setChoices((current) => new Map(current).set(id, choice))}
            onChooseForAll={(choice) =>
              setChoices(new Map(state.plan.conflicts.map((conflict) => [conflict.id, choice])))
            }
          />
          <Group>
            <Button loading={busy} disabled={!allChosen} onClick={() => void apply(state.plan)}>
              {t('backup.exchange.apply')}
            </Button>
            <Button variant="default" disabled={busy} onClick={cancel}>
              {t('backup.exchange.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      {state.step === 'done' && (
        <Stack gap="xs" role="region" aria-label={t('backup.exchange.summaryTitle')}>
          <Title order={4} size="h5">
            {t('backup.exchange.summaryTitle')}
          </Title>
          <Table withTableBorder variant="vertical" w="auto">
            <Table.Tbody>
              {SUMMARY_ROWS.map((row) => (
                <Table.Tr key={row}>
                  <Table.Th>{t(`backup.exchange.${row}`)}</Table.Th>
                  <Table.Td>{state.result[row]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <DuplicatesList duplicates={state.plan.duplicates} />
        </Stack>
      )}
    </Stack>
  );
}
