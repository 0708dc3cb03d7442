import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_IMAGE_BYTES } from '../../../domain/images/imageRules';
import type { PhotoStage } from '../images/downscaleImage';
import { useIntakeState, type PhotoIntake } from './usePhotoIntake';

/** How far along each step is, for the progress bar (the steps take roughly these shares). */
const STAGE_PERCENT: Record<PhotoStage, number> = { waiting: 5, decoding: 30, resizing: 70, thumbnail: 90 };

/** Each photo being prepared with its progress, then each one refused and why. */
export function IntakeProgress({ intake }: { intake: PhotoIntake }) {
  const { t } = useTranslation();
  const { pending, refused } = useIntakeState(intake);
  return (
    <>
      {pending.length > 0 && (
        <Stack gap={4} aria-label={t('findings.photos.processing')} role="group">
          {pending.map((entry) => (
            <Stack key={entry.key} gap={2}>
              <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                {t(`findings.photos.stage.${entry.stage}`, { name: entry.fileName })}
              </Text>
              <Progress
                value={STAGE_PERCENT[entry.stage]}
                size="sm"
                aria-label={t('findings.photos.progress', { name: entry.fileName })}
              />
            </Stack>
          ))}
        </Stack>
      )}
      {refused.map((entry) => (
        <Alert key={entry.fileName} color="red" role="alert" p="xs">
          {t(`findings.photos.errors.${entry.problem}`, {
            name: entry.fileName,
            limit: MAX_IMAGE_BYTES / 1024 / 1024,
          })}
        </Alert>
      ))}
    </>
  );
}
