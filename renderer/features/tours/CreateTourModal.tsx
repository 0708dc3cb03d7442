import { useMemo, useState } from 'react';
import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { draftKey, useDraftedState } from '../../db/drafts';
import { FormModal, type SubmitResult } from '../../ui/FormModal';
import { lengthProps } from '../../ui/lengthLimit';
import { useSaveAction } from '../../ui/useSaveAction';
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
  return opened ? <CreateTourForm onClose={onClose} /> : null;
}

/** A new tour is not in any tour yet: its draft belongs to this laptop. */
const DRAFT_KEY = draftKey('tour', { newIn: 'this-laptop' });

function CreateTourForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { values, setValues, draft } = useDraftedState(DRAFT_KEY, () => EMPTY);
  const [errors, setErrors] = useState<NewTourErrors>({});
  const save = useSaveAction();

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
    </FormModal>
  );
}
