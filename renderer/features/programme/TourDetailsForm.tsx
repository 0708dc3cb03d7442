import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { draftKey, useDraftedState } from '../../db/drafts';
import { basisOf } from '../../domain/merge';
import { tours } from '../../db/repositories';
import type { Language, LocalizedText, Tour } from '../../domain/entities';
import { validateTourDates, type FieldProblem } from '../../domain/programme/validation';
import { hasText } from '../../domain/localizedText';
import { countryName, intlLocale } from '../../i18n/formatters';
import { proposedZoneFor } from '../../i18n/timeZoneCatalogue';
import { DateField } from '../../ui/DateField';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { LANGUAGES } from '../../i18n/languages';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { HOST_COUNTRY_CODES } from '../../i18n/countries';
import { TextLanguageSelect } from '../../ui/TextLanguageSelect';
import { problemMessage } from './fieldProblems';
import { cleanLocalized } from './localizedField';
import { DraftOffer } from '../../ui/DraftOffer';
import { LocalizedTextInput } from '../../ui/LocalizedTextInput';
import { useSaveAction } from '../../ui/useSaveAction';

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
  // A new version of the tour (saved here or elsewhere) starts the form from it; input not saved
  // yet stays in the drafts table and is offered again.
  return <TourDetailsFields key={tour.revision} tour={tour} />;
}

function TourDetailsFields({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [textLanguage, setTextLanguage] = useState<Language>(uiLanguage);
  const { values, setValues, draft } = useDraftedState(
    draftKey('tourDetails', tour),
    () => valuesOf(tour),
    basisOf(tour),
  );
  const [problems, setProblems] = useState<Partial<Record<ProblemField, FieldProblem>>>({});
  const save = useSaveAction();
  const form = useRef<HTMLFormElement>(null);
  const [invalid, setInvalid] = useState({ count: 0, request: 0 });
  useEffect(() => {
    if (invalid.request === 0) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.scrollIntoView({ block: 'center' });
    first?.focus();
  }, [invalid.request]);

  const countries = useMemo(() => {
    const codes: string[] = [...HOST_COUNTRY_CODES];
    if (!codes.includes(tour.hostCountry)) codes.push(tour.hostCountry);
    return codes
      .map((code) => ({ value: code, label: countryName(code, uiLanguage) }))
      .sort((a, b) => a.label.localeCompare(b.label, intlLocale(uiLanguage)));
  }, [uiLanguage, tour.hostCountry]);

  const set = <K extends keyof TourDetailsValues>(field: K, value: TourDetailsValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const textInput = (
    field: TextField,
    extra: { required?: boolean; multiline?: boolean; minRows?: number },
  ) => (
    <LocalizedTextInput
      label={t(`programme.tourForm.${field}`)}
      language={textLanguage}
      value={values[field]}
      onChange={(text) => set(field, text)}
      error={field === 'title' ? problemMessage(t, problems.title) : undefined}
      {...extra}
    />
  );

  const dateInput = (field: 'startDate' | 'endDate') => (
    <DateField
      label={t(`programme.tourForm.${field}`)}
      value={values[field]}
      onChange={(date) => set(field, date)}
      error={problemMessage(t, problems[field])}
      defaultMonth={field === 'endDate' ? values.startDate : undefined}
      required
    />
  );
  // The host country proposes its zone when none is set yet or the old country's was in place.
  const setHostCountry = (code: string) =>
    setValues((current) => {
      const proposed = proposedZoneFor(code);
      const replaceable =
        current.timeZone === '' || current.timeZone === proposedZoneFor(current.hostCountry);
      return {
        ...current,
        hostCountry: code,
        timeZone: proposed && replaceable ? proposed : current.timeZone,
      };
    });

  const submit = async () => {
    const found: Partial<Record<ProblemField, FieldProblem>> = validateTourDates(values);
    if (!LANGUAGES.some((language) => hasText(values.title, language))) found.title = 'required';
    if (!/^[A-Z]{2}$/.test(values.hostCountry)) found.hostCountry = 'required';
    setProblems(found);
    const count = Object.values(found).filter((problem) => problem !== undefined).length;
    setInvalid((old) => ({ count, request: count > 0 ? old.request + 1 : old.request }));
    if (count > 0) return;
    const outcome = await save.run(
      (options) =>
        tours.save(
          {
            ...tour,
            ...values,
            timeZone: values.timeZone.trim(),
            homeTimeZone: values.homeTimeZone.trim(),
            title: cleanLocalized(values.title),
            purpose: cleanLocalized(values.purpose),
            supportedBy: cleanLocalized(values.supportedBy),
            followUp: cleanLocalized(values.followUp),
          },
          options,
        ),
      { success: t('programme.tourForm.saved'), basedOn: draft.basedOn },
    );
    if (outcome.done) await draft.forget();
  };

  if (draft.status === 'offered') {
    return <DraftOffer draft={draft} />;
  }
  return (
    <form
      ref={form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack maw={860}>
        <TextLanguageSelect value={textLanguage} onChange={setTextLanguage} />
        {textInput('title', { required: true })}
        {textInput('purpose', { multiline: true, minRows: 3 })}
        <SimpleGrid cols={3}>
          <Select
            label={t('programme.tourForm.hostCountry')}
            data={countries}
            value={values.hostCountry || null}
            onChange={(code) => setHostCountry(code ?? '')}
            error={problemMessage(t, problems.hostCountry)}
            searchable
            required
          />
          {dateInput('startDate')}
          {dateInput('endDate')}
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TimeZoneSelect
            label={t('programme.tourForm.timeZone')}
            atDate={values.startDate}
            hostCountry={values.hostCountry}
            description={t('programme.tourForm.timeZoneHint')}
            value={values.timeZone}
            onChange={(zone) => set('timeZone', zone)}
            error={problemMessage(t, problems.timeZone)}
          />
          <TimeZoneSelect
            label={t('programme.tourForm.homeTimeZone')}
            atDate={values.startDate}
            description={t('programme.tourForm.homeTimeZoneHint')}
            value={values.homeTimeZone}
            onChange={(zone) => set('homeTimeZone', zone)}
            error={problemMessage(t, problems.homeTimeZone)}
          />
        </SimpleGrid>
        {textInput('supportedBy', { multiline: true, minRows: 2 })}
        {textInput('followUp', { multiline: true, minRows: 2 })}
        <Group justify="flex-end">
          <Text aria-live="assertive" aria-atomic="true" c="red" size="sm">
            {invalid.count > 0 ? t('forms.invalidCount', { count: invalid.count }) : ''}
          </Text>
          <Button type="submit" loading={save.pending}>
            {t('programme.tourForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
