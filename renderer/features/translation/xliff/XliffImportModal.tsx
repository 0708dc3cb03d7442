import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { applyXliffImport, planXliffFile } from '../../../db/xliffImport';
import { IMPORT_STATUSES, entriesToWrite, type XliffImportPlan } from '../../../domain/xliff/planImport';
import { XliffError } from '../../../domain/xliff/readXliff';
import { LANGUAGE_NATIVE_NAMES } from '../../../i18n/languages';
import { FileChooser } from '../../../ui/FileChooser';

interface Props {
  tourId: string;
  onClose(): void;
}

/**
 * Reads a translated XLIFF file, shows what importing it would do (new, changed, unchanged,
 * conflicting translations) and imports it, all or nothing. A file that cannot be imported is
 * refused with the reason, and nothing is written.
 */
export function XliffImportModal({ tourId, onClose }: Props) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<XliffImportPlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [overwrite, setOverwrite] = useState(false);

  const message = (cause: unknown) => {
    if (cause instanceof XliffError) return t(`xliff.errors.${cause.code}`, { ...cause.details });
    console.error(cause);
    return t('xliff.errors.failed');
  };

  const read = async (file: File) => {
    setBusy(true);
    setPlan(null);
    setError(null);
    try {
      setPlan(await planXliffFile(new Uint8Array(await file.arrayBuffer()), tourId));
    } catch (cause) {
      setError(message(cause));
    } finally {
      setBusy(false);
    }
  };

  const importPlan = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      const written = await applyXliffImport(plan, { overwriteConflicts: overwrite });
      notifications.show({ color: 'green', message: t('xliff.import.done', { count: written }) });
      onClose();
    } catch (cause) {
      // Changed meanwhile: nothing was written; the user reads the file again for a fresh preview.
      setPlan(null);
      setError(message(cause));
    } finally {
      setBusy(false);
    }
  };

  const toWrite = plan ? entriesToWrite(plan, overwrite).length : 0;
  return (
    <Modal opened onClose={onClose} title={t('xliff.import.title')} size="lg">
      <Stack>
        <FileChooser
          label={t('xliff.import.file')}
          description={t('xliff.import.fileHint')}
          accept=".xlf,.xliff,.xml,application/xliff+xml,application/xml,text/xml"
          disabled={busy}
          onFile={(file) => void read(file)}
        />
        {error && (
          <Alert color="red" role="alert" title={t('xliff.import.refused')}>
            {error}
          </Alert>
        )}
        {plan && (
          <Stack gap="xs" role="region" aria-label={t('xliff.import.preview')}>
            <Text fw={600}>
              {t('xliff.import.pair', {
                from: LANGUAGE_NATIVE_NAMES[plan.srcLang],
                into: LANGUAGE_NATIVE_NAMES[plan.trgLang],
              })}
              {plan.translator && <> · {t('xliff.import.translator', { name: plan.translator })}</>}
            </Text>
            <Table withTableBorder layout="fixed">
              <Table.Tbody>
                {IMPORT_STATUSES.map((status) => (
                  <Table.Tr key={status}>
                    <Table.Th scope="row">{t(`xliff.import.statuses.${status}`)}</Table.Th>
                    <Table.Td>{plan.counts[status]}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Th scope="row">{t('xliff.import.untranslated')}</Table.Th>
                  <Table.Td>{plan.untranslated}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            {plan.sourceChanged > 0 && (
              <Alert color="yellow">{t('xliff.import.sourceChanged', { count: plan.sourceChanged })}</Alert>
            )}
            {plan.counts.conflict > 0 && (
              <Checkbox
                label={t('xliff.import.overwrite', { count: plan.counts.conflict })}
                checked={overwrite}
                onChange={(event) => setOverwrite(event.currentTarget.checked)}
              />
            )}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} disabled={!plan || toWrite === 0} onClick={() => void importPlan()}>
            {t('xliff.import.save', { count: toWrite })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
