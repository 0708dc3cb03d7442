import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProgress, ImportStage } from '../domain/imports/importProgress';

/** The stages the worker measures as it goes; the others say only their size (done stays 0 until the end). */
const MEASURED: ReadonlySet<ImportStage> = new Set(['unpacking', 'cards', 'matching']);

/**
 * A file being read in the import worker (backup, exchange file, vCard, tour file): what is
 * happening, how far it is, and Cancel (which stops the work at once; nothing has been written
 * yet, so nothing changes).
 *
 * A stage without a measure (reading the file, decrypting, checking a tour) shows a moving striped
 * bar, not an empty one: an empty bar looked like nothing was happening for its first seconds. The
 * progressbar role is on the whole track (a section of 0 % has no size), and without a measure it
 * has no value, as ARIA says of an indeterminate progress bar.
 */
export function ImportProgressBar({
  progress,
  onCancel,
}: {
  progress: ImportProgress | null;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const measured = progress !== null && MEASURED.has(progress.stage) && progress.total > 0;
  const percent = measured ? Math.min(100, Math.round((100 * progress.done) / progress.total)) : 0;
  const stage = progress?.stage ?? 'reading';
  const text = t(`fileImport.stage.${stage}`, { percent });
  return (
    <Stack gap={4} role="group" aria-label={t('fileImport.title')}>
      <Text role="status" size="sm">
        {text}
      </Text>
      <Group gap="sm" wrap="nowrap">
        <Progress.Root
          flex={1}
          role="progressbar"
          aria-label={t('fileImport.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={measured ? percent : undefined}
          aria-valuetext={text}
        >
          <Progress.Section
            value={measured ? percent : 100}
            striped={!measured}
            animated={!measured}
            withAria={false}
          />
        </Progress.Root>
        <Button variant="default" size="xs" onClick={onCancel}>
          {t('fileImport.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
