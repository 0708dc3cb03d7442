import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportProgressBar } from '../../ui/ImportProgressBar';
import { useBackgroundImport } from '../../ui/useBackgroundImport';
import { vcardImport } from './vcardBackgroundImport';

/**
 * The vCard file being imported, on every screen while its dialog is closed: its progress with
 * Cancel while it is read, then "Review" (the dialog with the preview to confirm) or why it was
 * refused. Not a dialog: the person works on around it. Fixed at the bottom left, clear of the
 * navigation and of the notifications (bottom right), under any dialog.
 */
export function VcardImportStatus() {
  const { t } = useTranslation();
  const { job, dialogOpen } = useBackgroundImport(vcardImport);
  if (job.phase === 'idle' || dialogOpen) return null;
  const file = job.file.name;
  const open = () => vcardImport.openDialog(job.tourId);
  return (
    <Paper
      role="region"
      aria-label={t('backgroundImport.label')}
      withBorder
      shadow="md"
      p="sm"
      w={400}
      maw="calc(100vw - 2 * var(--mantine-spacing-md))"
      style={{
        position: 'fixed',
        bottom: 'var(--mantine-spacing-md)',
        left: 'calc(var(--app-shell-navbar-offset, 0rem) + var(--mantine-spacing-md))',
        // Above the screens' content, under dialogs (200) and notifications.
        zIndex: 150,
      }}
    >
      {job.phase === 'reading' ? (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('backgroundImport.reading', { file })}
          </Text>
          <ImportProgressBar progress={job.progress} onCancel={() => vcardImport.cancel()} />
          <Group justify="flex-end">
            <Button variant="subtle" size="xs" onClick={open}>
              {t('backgroundImport.show')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="xs">
          <Text size="sm" role="status">
            {job.phase === 'read'
              ? t('backgroundImport.read', { count: job.value.length, file })
              : t('backgroundImport.refused', { file })}
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="xs" onClick={() => vcardImport.discard()}>
              {job.phase === 'read' ? t('backgroundImport.discard') : t('backgroundImport.dismiss')}
            </Button>
            <Button size="xs" onClick={open}>
              {job.phase === 'read' ? t('backgroundImport.review') : t('backgroundImport.details')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
