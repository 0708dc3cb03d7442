import { useMemo, useState } from 'react';
import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { draftKey, useDraftedState } from '../../db/drafts';
import { FormModal, type SubmitResult } from '../../ui/FormModal';
import { lengthProps } from '../../ui/lengthLimit';
import { useSaveAction } from '../../ui/useSaveAction';
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

/** A new tour is not in any tour yet: its draft belongs to this laptop. */
const DRAFT_KEY = draftKey('tour', { newIn: 'this-laptop' });

export function CreateTourForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { values, setValues, draft } = useDraftedState(DRAFT_KEY, empty);
  const [errors, setErrors] = useState<NewTourErrors>({});
  const save = useSaveAction();

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

  const submit = async (): Promise<SubmitResult> => {
    const found = validateNewTour(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return { invalid: Object.keys(found).length };
    const outcome = await save.run(() => createTourFromForm(values, language), {
      success: t('tours.created'),
    });
    return { saved: outcome.ok };
  };

  return (
    <FormModal
      size="lg"
      title={t('tourForm.title')}
      draft={draft}
      saving={save.pending}
      submitLabel={t('tourForm.create')}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput
        label={t('tourForm.name')}
        {...lengthProps(t, values.title, 'title', t('tourForm.nameHint'))}
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
    </FormModal>
  );
}
