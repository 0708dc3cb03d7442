import { useMemo, useState } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { tours } from '../../db/repositories';
import type { Language, LocalizedText, Tour } from '../../domain/entities';
import { validateTourDates, type FieldProblem } from '../../domain/itinerary/validation';
import { hasText } from '../../domain/localizedText';
import { displayNames, intlLocale } from '../../i18n/formatters';
import { LANGUAGES } from '../../i18n/languages';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { HOST_COUNTRY_CODES } from '../../i18n/countries';
import { TextLanguageSelect } from '../../ui/TextLanguageSelect';
import { TimeZoneInput } from './TimeZoneInput';
import { nativeInputProblem, problemMessage } from './fieldProblems';
import { cleanLocalized, setTextIn } from './localizedField';

type TextField = 'title' | 'purpose' | 'supportedBy' | 'followUp';
type ProblemField = 'title' | 'hostCountry' | 'startDate' | 'endDate' | 'timeZone' | 'homeTimeZone';

interface TourDetailsValues {
  title: LocalizedText;
  purpose: LocalizedText;
  supportedBy: LocalizedText;
  followUp: LocalizedText;
  hostCountry: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  homeTimeZone: string;
}

function valuesOf(tour: Tour): TourDetailsValues {
  const { title, purpose, supportedBy, followUp, hostCountry, startDate, endDate, timeZone, homeTimeZone } =
    tour;
  return { title, purpose, supportedBy, followUp, hostCountry, startDate, endDate, timeZone, homeTimeZone };
}

/** The tour itself: title and purpose in several languages, host country, dates, time zones, follow-up. */
export function TourDetailsForm({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [textLanguage, setTextLanguage] = useState<Language>(uiLanguage);
  const [values, setValues] = useState(() => valuesOf(tour));
  const [problems, setProblems] = useState<Partial<Record<ProblemField, FieldProblem>>>({});
  const [badInput, setBadInput] = useState<Partial<Record<'startDate' | 'endDate', FieldProblem>>>({});
  const [saving, setSaving] = useState(false);

  const countries = useMemo(() => {
    const names = displayNames(uiLanguage, 'region');
    const codes: string[] = [...HOST_COUNTRY_CODES];
    if (!codes.includes(tour.hostCountry)) codes.push(tour.hostCountry);
    return codes
      .map((code) => ({ value: code, label: names.of(code) ?? code }))
      .sort((a, b) => a.label.localeCompare(b.label, intlLocale(uiLanguage)));
  }, [uiLanguage, tour.hostCountry]);

  const set = <K extends keyof TourDetailsValues>(field: K, value: TourDetailsValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const setText = (field: TextField, value: string) =>
    set(field, setTextIn(values[field], textLanguage, value));

  const dateInput = (field: 'startDate' | 'endDate') => (
    <TextInput
      type="date"
      label={t(`itinerary.tourForm.${field}`)}
      value={values[field]}
      onChange={(change) => {
        const input = change.currentTarget;
        set(field, input.value);
        setBadInput((current) => ({ ...current, [field]: nativeInputProblem(input) ?? undefined }));
      }}
      error={problemMessage(t, problems[field])}
      required
    />
  );

  const submit = async () => {
    const found: Partial<Record<ProblemField, FieldProblem>> = validateTourDates(values);
    if (badInput.startDate) found.startDate = badInput.startDate;
    if (badInput.endDate) found.endDate = badInput.endDate;
    if (!LANGUAGES.some((language) => hasText(values.title, language))) found.title = 'required';
    if (!/^[A-Z]{2}$/.test(values.hostCountry)) found.hostCountry = 'required';
    setProblems(found);
    if (Object.values(found).some((problem) => problem !== undefined)) return;
    setSaving(true);
    try {
      await tours.save({
        ...tour,
        ...values,
        timeZone: values.timeZone.trim(),
        homeTimeZone: values.homeTimeZone.trim(),
        title: cleanLocalized(values.title),
        purpose: cleanLocalized(values.purpose),
        supportedBy: cleanLocalized(values.supportedBy),
        followUp: cleanLocalized(values.followUp),
      });
      notifications.show({ color: 'green', message: t('itinerary.tourForm.saved') });
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('errors.saveFailed') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack maw={860}>
        <TextLanguageSelect value={textLanguage} onChange={setTextLanguage} />
        <TextInput
          label={t('itinerary.tourForm.title')}
          value={values.title[textLanguage] ?? ''}
          onChange={(change) => setText('title', change.currentTarget.value)}
          error={problemMessage(t, problems.title)}
          required
        />
        <Textarea
          label={t('itinerary.tourForm.purpose')}
          value={values.purpose[textLanguage] ?? ''}
          onChange={(change) => setText('purpose', change.currentTarget.value)}
          autosize
          minRows={3}
        />
        <SimpleGrid cols={3}>
          <Select
            label={t('itinerary.tourForm.hostCountry')}
            data={countries}
            value={values.hostCountry || null}
            onChange={(code) => set('hostCountry', code ?? '')}
            error={problemMessage(t, problems.hostCountry)}
            searchable
            required
          />
          {dateInput('startDate')}
          {dateInput('endDate')}
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TimeZoneInput
            label={t('itinerary.tourForm.timeZone')}
            description={t('itinerary.tourForm.timeZoneHint')}
            value={values.timeZone}
            onChange={(zone) => set('timeZone', zone)}
            error={problemMessage(t, problems.timeZone)}
          />
          <TimeZoneInput
            label={t('itinerary.tourForm.homeTimeZone')}
            description={t('itinerary.tourForm.homeTimeZoneHint')}
            value={values.homeTimeZone}
            onChange={(zone) => set('homeTimeZone', zone)}
            error={problemMessage(t, problems.homeTimeZone)}
          />
        </SimpleGrid>
        <Textarea
          label={t('itinerary.tourForm.supportedBy')}
          value={values.supportedBy[textLanguage] ?? ''}
          onChange={(change) => setText('supportedBy', change.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('itinerary.tourForm.followUp')}
          value={values.followUp[textLanguage] ?? ''}
          onChange={(change) => setText('followUp', change.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('itinerary.tourForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
