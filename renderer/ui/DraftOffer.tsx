import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../i18n/formatters';
import { useUiLanguage } from '../i18n/useUiLanguage';

/** "There is an unsaved draft from …": Continue the draft / Discard. Shown before a form's fields. */
export function DraftOffer({
  offeredAt,
  onContinue,
  onDiscard,
}: {
  offeredAt: string | null;
  onContinue(): void;
  onDiscard(): void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Stack gap="xs">
      <Alert title={t('forms.draft.offerTitle')}>
        {t('forms.draft.offerBody', { time: offeredAt ? formatMoment(offeredAt, language) : '' })}
      </Alert>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDiscard}>
          {t('forms.draft.discard')}
        </Button>
        <Button onClick={onContinue} data-autofocus>
          {t('forms.draft.continue')}
        </Button>
      </Group>
    </Stack>
  );
}
