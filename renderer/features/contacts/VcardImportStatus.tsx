import { Box, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportProgressBar } from '../../ui/ImportProgressBar';
import { useBackgroundImport } from '../../ui/useBackgroundImport';
import { vcardImport } from './vcardBackgroundImport';

/** Whether the status is shown: a file is being imported and its dialog is closed. */
export const vcardImportStatusShown = () => {
  const { job, dialogOpen } = vcardImport.get();
  return job.phase !== 'idle' && !dialogOpen;
};

/**
 * The vCard file being imported, on every screen while its dialog is closed: its progress with
 * Cancel while it is read, then "Review" (the dialog with the preview to confirm) or why it was
 * refused. Not a dialog: the person works on around it. One row, as the shell's footer lays it out
 * (BackgroundImports): the screens end above it instead of under it.
 */
export function VcardImportStatus() {
  const { t } = useTranslation();
  const { job, dialogOpen } = useBackgroundImport(vcardImport);
  if (job.phase === 'idle' || dialogOpen) return null;
  const file = job.file.name;
  const open = () => vcardImport.openDialog(job.tourId);
  const text =
    job.phase === 'reading'
      ? t('backgroundImport.reading', { file })
      : job.phase === 'read'
        ? t('backgroundImport.read', { count: job.value.length, file })
        : t('backgroundImport.refused', { file });
  return (
    <Group role="region" aria-label={t('backgroundImport.label')} h="100%" px="md" gap="md" wrap="nowrap">
      {/* One line: a long file name is cut short on the screen (the whole text is in its title). */}
      <Text
        size="sm"
        fw={job.phase === 'reading' ? 500 : undefined}
        role={job.phase === 'reading' ? undefined : 'status'}
        title={text}
        truncate="end"
        flex={1}
        miw={0}
      >
        {text}
      </Text>
      {job.phase === 'reading' ? (
        <>
          <Box w={360} maw="40%">
            <ImportProgressBar progress={job.progress} onCancel={() => vcardImport.cancel()} />
          </Box>
          <Button variant="subtle" size="xs" onClick={open}>
            {t('backgroundImport.show')}
          </Button>
        </>
      ) : (
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" size="xs" onClick={() => vcardImport.discard()}>
            {job.phase === 'read' ? t('backgroundImport.discard') : t('backgroundImport.dismiss')}
          </Button>
          <Button size="xs" onClick={open}>
            {job.phase === 'read' ? t('backgroundImport.review') : t('backgroundImport.details')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
