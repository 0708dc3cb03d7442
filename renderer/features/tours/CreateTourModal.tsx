import { useMemo, useState } from 'react';
import { FormActions } from '../../ui/FormActions';
import { Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { validateNewTour, type NewTourErrors, type NewTourValues } from '../../domain/newTour';
import { countryName, intlLocale } from '../../i18n/formatters';
import { defaultHomeZone, proposedZoneFor } from '../../i18n/timeZoneCatalogue';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { DateField } from '../../ui/DateField';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { HOST_COUNTRY_CODES } from '../../i18n/countries';
import { createTourFromForm } from './tourActions';

/** A fresh form: the home zone is the computer's own unless it is plain UTC (then the user picks). */
const empty = (): NewTourValues => ({
  title: '',
  hostCountry: '',
  startDate: '',
  endDate: '',
  timeZone: '',
  homeTimeZone: defaultHomeZone(Intl.DateTimeFormat().resolvedOptions().timeZone),
});

export function CreateTourModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<NewTourErrors>({});
  const [saving, setSaving] = useState(false);

  const countries = useMemo(() => {
    return HOST_COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, language) })).sort(
      (a, b) => a.label.localeCompare(b.label, intlLocale(language)),
    );
  }, [language]);

  const set = (field: keyof NewTourValues) => (value: string | null) =>
    setValues((current) => ({ ...current, [field]: value ?? '' }));
  // The host country proposes its zone, unless the user has already chosen another one.
  const setHostCountry = (code: string | null) =>
    setValues((current) => {
      const proposedBefore = proposedZoneFor(current.hostCountry);
      const keepZone = current.timeZone !== '' && current.timeZone !== proposedBefore;
      const proposed = code ? proposedZoneFor(code) : undefined;
      return {
        ...current,
        hostCountry: code ?? '',
        timeZone: keepZone ? current.timeZone : (proposed ?? ''),
      };
    });
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
      setValues(empty());
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
            onChange={setHostCountry}
            error={error('hostCountry')}
            searchable
            required
          />
          <Group grow align="flex-start">
            <DateField
              label={t('tourForm.startDate')}
              value={values.startDate}
              onChange={set('startDate')}
              error={error('startDate')}
              required
            />
            <DateField
              label={t('tourForm.endDate')}
              value={values.endDate}
              onChange={set('endDate')}
              error={error('endDate')}
              defaultMonth={values.startDate}
              required
            />
          </Group>
          <Group grow align="flex-start">
            <TimeZoneSelect
              label={t('tourForm.timeZone')}
              description={t('tourForm.timeZoneHint')}
              value={values.timeZone}
              onChange={set('timeZone')}
              error={error('timeZone')}
              atDate={values.startDate}
              hostCountry={values.hostCountry}
            />
            <TimeZoneSelect
              label={t('tourForm.homeTimeZone')}
              value={values.homeTimeZone}
              onChange={set('homeTimeZone')}
              error={error('homeTimeZone')}
              atDate={values.startDate}
            />
          </Group>
          <FormActions onCancel={onClose} saving={saving} submitLabel={t('tourForm.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
