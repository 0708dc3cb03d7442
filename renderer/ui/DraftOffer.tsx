import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../i18n/formatters';
import { useUiLanguage } from '../i18n/useUiLanguage';
import type { FormModalDraft } from './FormModal';

/** "There is an unsaved draft from …": Continue the draft / Discard. Shown before a form's fields. */
export function DraftOffer({
  draft: { offeredAt, continueDraft, discardDraft },
}: {
  draft: Pick<FormModalDraft, 'offeredAt' | 'continueDraft' | 'discardDraft'>;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Stack gap="xs">
      <Alert title={t('forms.draft.offerTitle')}>
        {t('forms.draft.offerBody', { time: offeredAt ? formatMoment(offeredAt, language) : '' })}
      </Alert>
      <Group justify="flex-end">
        <Button variant="default" onClick={discardDraft}>
          {t('forms.draft.discard')}
        </Button>
        <Button onClick={continueDraft} data-autofocus>
          {t('forms.draft.continue')}
        </Button>
      </Group>
    </Stack>
  );
}
