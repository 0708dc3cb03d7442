import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../domain/imports/importProgress';

/**
 * A file being read in the import worker (backup, exchange file, vCard, tour file): what is
 * happening, how far it is, and Cancel (which stops the work at once; nothing has been written
 * yet, so nothing changes).
 */
export function ImportProgressBar({
  progress,
  onCancel,
}: {
  progress: ImportProgress | null;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const percent =
    progress && progress.total > 0 ? Math.min(100, Math.round((100 * progress.done) / progress.total)) : 0;
  const stage = progress?.stage ?? 'reading';
  return (
    <Stack gap={4} role="group" aria-label={t('fileImport.title')}>
      <Text role="status" size="sm">
        {t(`fileImport.stage.${stage}`, { percent })}
      </Text>
      <Group gap="sm" wrap="nowrap">
        <Progress value={percent} flex={1} aria-label={t('fileImport.progressLabel')} />
        <Button variant="default" size="xs" onClick={onCancel}>
          {t('fileImport.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
