import { useMemo, useState } from 'react';
import { FormActions } from '../../ui/FormActions';
import { Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { validateNewTour, type NewTourErrors, type NewTourValues } from '../../domain/newTour';
import { knownTimeZones } from '../../domain/timeZones';
import { displayNames, intlLocale } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { HOST_COUNTRY_CODES } from '../../i18n/countries';
import { createTourFromForm } from './tourActions';

const EMPTY: NewTourValues = {
  title: '',
  hostCountry: '',
  startDate: '',
  endDate: '',
  timeZone: '',
  homeTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
};

export function CreateTourModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<NewTourErrors>({});
  const [saving, setSaving] = useState(false);

  const countries = useMemo(() => {
    const names = displayNames(language, 'region');
    return HOST_COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
      a.label.localeCompare(b.label, intlLocale(language)),
    );
  }, [language]);
  const zones = useMemo(() => knownTimeZones(), []);

  const set = (field: keyof NewTourValues) => (value: string | null) =>
    setValues((current) => ({ ...current, [field]: value ?? '' }));
  const error = (field: keyof NewTourValues) => {
    const key = errors[field];
    return key ? t(`tourForm.errors.${key}`) : undefined;
  };

  const submit = async () => {
    const found = validateNewTour(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await createTourFromForm(values, language);
      notifications.show({ color: 'green', message: t('tours.created') });
      setValues(EMPTY);
      onClose();
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('errors.saveFailed') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('tourForm.title')} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('tourForm.name')}
            description={t('tourForm.nameHint')}
            value={values.title}
            onChange={(event) => set('title')(event.currentTarget.value)}
            error={error('title')}
            required
            data-autofocus
          />
          <Select
            label={t('tourForm.hostCountry')}
            data={countries}
            value={values.hostCountry || null}
            onChange={set('hostCountry')}
            error={error('hostCountry')}
            searchable
            required
          />
          <Group grow>
            <TextInput
              type="date"
              label={t('tourForm.startDate')}
              value={values.startDate}
              onChange={(event) => set('startDate')(event.currentTarget.value)}
              error={error('startDate')}
              required
            />
            <TextInput
              type="date"
              label={t('tourForm.endDate')}
              value={values.endDate}
              onChange={(event) => set('endDate')(event.currentTarget.value)}
              error={error('endDate')}
              required
            />
          </Group>
          <Group grow>
            <Select
              label={t('tourForm.timeZone')}
              description={t('tourForm.timeZoneHint')}
              data={zones}
              value={values.timeZone || null}
              onChange={set('timeZone')}
              error={error('timeZone')}
              searchable
              required
            />
            <Select
              label={t('tourForm.homeTimeZone')}
              data={zones}
              value={values.homeTimeZone || null}
              onChange={set('homeTimeZone')}
              error={error('homeTimeZone')}
              searchable
              required
            />
          </Group>
          <FormActions onCancel={onClose} saving={saving} submitLabel={t('tourForm.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
