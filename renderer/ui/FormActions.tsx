import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The foot of every form: Cancel, then the submit button (Save unless told otherwise). */
export function FormActions({
  onCancel,
  saving,
  submitLabel,
}: {
  onCancel(): void;
  saving: boolean;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
