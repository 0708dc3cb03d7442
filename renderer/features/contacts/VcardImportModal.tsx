import { useEffect, useState } from 'react';
import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { writeContactBatch } from '../../db/contacts';
import type { Contact, Organisation } from '../../domain/entities';
import { runImport } from '../../db/imports/runImport';
import { prepareImportWorker } from '../../db/imports/spareWorker';
import type { ImportDecision, ImportEntry } from '../../domain/vcard/importPlan';
import { VCardParseError } from '../../domain/vcard/parseVcard';
import { ImportProgressBar } from '../../ui/ImportProgressBar';
import { useBackgroundImport } from '../../ui/useBackgroundImport';
import { importBatch } from './vcardImportPlan';
import { vcardImport } from './vcardBackgroundImport';
import { VcardImportPreview } from './VcardImportPreview';
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
}

/** Why a file was refused, in the person's words. */
function refusal(t: TFunction, cause: unknown): string {
  if (cause instanceof VCardParseError)
    return cause.code === 'tooLong'
      ? t('imports.cardTooLong', { ...cause.values, field: cause.detail, card: cause.cardNumber ?? '' })
      : t(`contacts.import.errors.${cause.code}`, { detail: cause.detail, card: cause.cardNumber ?? '' });
  console.error(cause);
  return t('contacts.import.errors.read');
}

/**
 * Import of a .vcf file: the file is read, checked and matched with the tour's contacts in the
 * import worker (with progress and Cancel), every card is shown with what will happen to it (add,
 * merge into the duplicate, skip), and nothing is written until the user confirms. The reading
 * belongs to vcardImport, not to this dialog: closing it ("Keep working", Escape) leaves the file
 * being read in the background, shown by the shell's status until it is ready for review here.
 */
export function VcardImportModal({ tourId, contacts, organisations }: VcardImportModalProps) {
  const { t } = useTranslation();
  const { job } = useBackgroundImport(vcardImport);
  // The person's decisions, for the result they were made on (a new file starts afresh).
  const [edited, setEdited] = useState<{ of: ImportEntry[]; entries: ImportEntry[] } | null>(null);
  const [writeProblem, setWriteProblem] = useState(false);
  const [saving, setSaving] = useState(false);
  const read = job.phase === 'read' ? job.value : null;
  const entries = read && edited?.of === read ? edited.entries : read;
  const reading = job.phase === 'reading';
  const idle = job.phase === 'idle';
  // The reading's worker loads while the person picks a file, not once they have (spareWorker.ts);
  // dropped if the dialog closes without one.
  useEffect(() => (idle ? prepareImportWorker() : undefined), [idle]);

  const choose = (chosen: File | null) => {
    setWriteProblem(false);
    if (!chosen) return vcardImport.cancel();
    vcardImport.start(tourId, chosen, async (inspect) => {
      const outcome = await runImport({
        job: { kind: 'vcard', file: chosen, contacts: [...contacts], organisations: [...organisations] },
        ...inspect,
      });
      return outcome.entries;
    });
  };

  const decide = (index: number, decision: ImportDecision) => {
    if (!read || !entries) return;
    setEdited({
      of: read,
      entries: entries.map((entry, i) => (i === index ? { ...entry, decision } : entry)),
    });
  };

  const confirm = async () => {
    if (!entries || job.phase !== 'read') return;
    setSaving(true);
    try {
      const { batch, summary } = importBatch(job.tourId, entries);
      await writeContactBatch(batch);
      notifications.show({ color: 'green', message: t('contacts.import.done', { ...summary }) });
      vcardImport.discard();
    } catch (cause) {
      console.error(cause);
      setWriteProblem(true);
    } finally {
      setSaving(false);
    }
  };

  const toWrite = entries?.filter((entry) => entry.decision !== 'skip').length ?? 0;
  const problem =
    job.phase === 'refused' ? refusal(t, job.error) : writeProblem ? t('contacts.import.errors.write') : null;
  // While the file is read, closing the dialog (its ×, Escape, "Keep working") leaves the reading
  // going on; once read, closing drops the preview as Cancel does: nothing is imported.
  const close = () => (reading ? vcardImport.hideDialog() : vcardImport.discard());

  return (
    <Modal opened onClose={close} size="xl" title={t('contacts.import.title')}>
      <Stack>
        <FileInput
          label={t('contacts.import.file')}
          description={t('contacts.import.fileHint')}
          accept=".vcf,text/vcard,text/x-vcard"
          placeholder={t('pickers.chooseFile')}
          value={job.phase === 'idle' ? null : job.file}
          onChange={choose}
          clearable
          disabled={reading}
        />
        {reading && (
          <>
            <ImportProgressBar progress={job.progress} onCancel={() => vcardImport.cancel()} />
            <Text size="sm" c="dimmed">
              {t('backgroundImport.keepWorkingHint')}
            </Text>
          </>
        )}
        {problem && (
          <Alert color="red" role="alert" title={t('contacts.import.refused')}>
            {problem}
          </Alert>
        )}
        {entries && entries.length > LISTED_CARDS_AT_MOST && (
          <Alert color="yellow" title={t('imports.manyCardsTitle', { count: entries.length })}>
            {t('imports.manyCards', { count: entries.length, duplicates: entries.length - toWrite })}
          </Alert>
        )}
        {entries && entries.length <= LISTED_CARDS_AT_MOST && (
          <>
            <Text size="sm">{t('contacts.import.preview', { count: entries.length })}</Text>
            <VcardImportPreview entries={entries} organisations={organisations} decide={decide} />
          </>
        )}
        <Group justify="flex-end">
          {reading ? (
            <Button onClick={() => vcardImport.hideDialog()}>{t('backgroundImport.keepWorking')}</Button>
          ) : (
            <>
              <Button variant="default" onClick={() => vcardImport.discard()}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void confirm()} disabled={!entries || toWrite === 0} loading={saving}>
                {t('contacts.import.confirm', { count: toWrite })}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
