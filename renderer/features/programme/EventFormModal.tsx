import { useMemo, useState } from 'react';
import { Checkbox, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { draftKey, useDraftedState } from '../../db/drafts';
import { basisOf } from '../../domain/merge';
import { events as eventRepository } from '../../db/repositories';
import {
  EVENT_KINDS,
  type Contact,
  type Delegate,
  type Language,
  type LocalizedText,
  type Organisation,
  type KeyPoint,
  type Tour,
  type TourEvent,
} from '../../domain/entities';
import { validateEventTimes, type FieldProblem } from '../../domain/programme/validation';
import { hostChoices, interpreterChoices, type ContactChoices } from '../../domain/programme/contactChoices';
import { hasText } from '../../domain/localizedText';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { TextLanguageSelect } from '../../ui/TextLanguageSelect';
import { DateTimeField } from '../../ui/DateTimeField';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { problemMessage } from './fieldProblems';
import { contactName, delegateName, localized } from '../../domain/names/recordLabels';
import { cleanLocalized } from './localizedField';
import { FormModal, type SubmitResult } from '../../ui/FormModal';
import { LocalizedTextInput } from '../../ui/LocalizedTextInput';
import { useRecordSave } from '../../ui/useSaveAction';
import { useTourRecordsOf } from '../../db/queries/tourRecords';
import { longOptionsProps } from '../../ui/longOptions';
import { useFormFields } from '../../ui/formFields';

type EventKind = TourEvent['kind'];

type ContactOption = { value: string; label: string };

/** Options of a contact picker: the proposed group first when there is one, else a plain list. */
function groupedContacts(
  choices: ContactChoices,
  proposedLabel: string,
  othersLabel: string,
  language: Language,
): ContactOption[] | { group: string; items: ContactOption[] }[] {
  const option = (contact: Contact): ContactOption => ({
    value: contact.id,
    label: contactName(contact, language),
  });
  if (choices.proposed.length === 0) return choices.others.map(option);
  const groups = [{ group: proposedLabel, items: choices.proposed.map(option) }];
  if (choices.others.length > 0) groups.push({ group: othersLabel, items: choices.others.map(option) });
  return groups;
}

interface EventFormValues {
  kind: EventKind;
  title: LocalizedText;
  start: string;
  end: string;
  timeZone: string;
  place: string;
  address: string;
  organisationId: string | null;
  hostContactIds: string[];
  delegateIds: string[];
  interpreterContactId: string | null;
  themeIds: string[];
  notes: LocalizedText;
}

type ProblemField = 'title' | 'start' | 'end' | 'timeZone';

function initialValues(tour: Tour, event: TourEvent | null, day: string | null): EventFormValues {
  if (event) {
    const { kind, title, start, end, timeZone, place, address, organisationId, hostContactIds } = event;
    const { delegateIds, interpreterContactId, themeIds, notes } = event;
    return {
      kind,
      title,
      start,
      end,
      timeZone,
      place,
      address,
      organisationId,
      hostContactIds,
      delegateIds,
      interpreterContactId,
      themeIds,
      notes,
    };
  }
  const date = day ?? tour.startDate;
  return {
    kind: 'visit',
    title: {},
    start: `${date}T09:00`,
    end: `${date}T10:00`,
    timeZone: tour.timeZone,
    place: '',
    address: '',
    organisationId: null,
    hostContactIds: [],
    delegateIds: [],
    interpreterContactId: null,
    themeIds: [],
    notes: {},
  };
}

export interface EventFormModalProps {
  tour: Tour;
  /** The event to edit; null to create one. */
  event: TourEvent | null;
  /** The day a new event starts on ("yyyy-MM-dd"); the tour's first day when null. */
  day: string | null;
  delegates: readonly Delegate[];
  themes: readonly KeyPoint[];
  organisations: readonly Organisation[];
  contacts: readonly Contact[];
  onClose(): void;
}

const CONTACTS = ['contacts'] as const;

/**
 * The form with the tour's contacts (its host and interpreter pickers) read when it opens: the
 * agenda's first render shows no contact, and a large tour's contacts were a part of its start-up.
 * Nothing is shown until they are read, so that the pickers never open empty.
 */
export function EventFormReadingContacts(props: Omit<EventFormModalProps, 'contacts'>) {
  const { contacts } = useTourRecordsOf(props.tour.id, CONTACTS);
  return contacts === undefined ? null : <EventFormModal {...props} contacts={contacts} />;
}

/** Creates or edits one event of the programme; nothing is saved while a field has a problem. */
export function EventFormModal(props: EventFormModalProps) {
  const { tour, event, delegates, themes, organisations, contacts, onClose } = props;
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [textLanguage, setTextLanguage] = useState<Language>(uiLanguage);
  const { values, setValues, draft } = useDraftedState(
    draftKey('event', event ?? { newIn: tour.id }),
    () => initialValues(tour, event, props.day),
    event ? basisOf(event) : undefined,
  );
  const [problems, setProblems] = useState<Partial<Record<ProblemField, FieldProblem>>>({});
  const { saveRecord, frame } = useRecordSave(draft, onClose);

  const { set, textProps } = useFormFields(values, setValues);

  const organisationOptions = useMemo(
    () => organisations.map((o) => ({ value: o.id, label: localized(o.name, uiLanguage) })),
    [organisations, uiLanguage],
  );
  // The pickers propose the likely people first: the hosts among the organisation visited, the
  // interpreter among the interpreters; everyone else follows under "Other contacts".
  const hostOrganisation = organisations.find((o) => o.id === values.organisationId);
  const hostOptions = useMemo(
    () =>
      groupedContacts(
        hostChoices(contacts, values.organisationId),
        hostOrganisation
          ? t('eventPickers.peopleOf', { organisation: localized(hostOrganisation.name, uiLanguage) })
          : '',
        t('eventPickers.others'),
        uiLanguage,
      ),
    [contacts, values.organisationId, hostOrganisation, t, uiLanguage],
  );
  const interpreterOptions = useMemo(
    () =>
      groupedContacts(
        interpreterChoices(contacts),
        t('eventPickers.interpreters'),
        t('eventPickers.others'),
        uiLanguage,
      ),
    [contacts, t, uiLanguage],
  );

  const submit = async (): Promise<SubmitResult> => {
    const found: Partial<Record<ProblemField, FieldProblem>> = validateEventTimes(values);
    // What the browser could not read as a date wins over "required" for the same field.
    const anyTitle = (['ru', 'be', 'en', 'hu'] as const).some((language) => hasText(values.title, language));
    if (!anyTitle) found.title = 'required';
    setProblems(found);
    const invalid = Object.values(found).filter((problem) => problem !== undefined).length;
    if (invalid > 0) return { invalid };
    return saveRecord(
      (options) =>
        eventRepository.save(
          {
            ...(event ? { id: event.id } : {}),
            tourId: tour.id,
            ...values,
            timeZone: values.timeZone.trim(),
            place: values.place.trim(),
            address: values.address.trim(),
            title: cleanLocalized(values.title),
            notes: cleanLocalized(values.notes),
          },
          options,
        ),
      t('programme.eventForm.saved'),
    );
  };

  const timeInput = (field: 'start' | 'end') => (
    <DateTimeField
      label={t(`programme.eventForm.${field}`)}
      timeLabel={t(`programme.eventForm.${field}Time`)}
      value={values[field]}
      onChange={(moment) => set(field, moment)}
      error={problemMessage(t, problems[field])}
      defaultMonth={values.start.slice(0, 10) || tour.startDate}
      required
    />
  );

  return (
    <FormModal
      {...frame}
      size="xl"
      title={t(event ? 'programme.eventForm.titleEdit' : 'programme.eventForm.titleNew')}
      onSubmit={submit}
    >
      <SimpleGrid cols={2}>
        <Select
          label={t('programme.eventForm.kind')}
          data={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`programme.kinds.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => kind && set('kind', kind as EventKind)}
          allowDeselect={false}
        />
        <TextLanguageSelect value={textLanguage} onChange={setTextLanguage} />
      </SimpleGrid>
      <LocalizedTextInput
        label={t('programme.eventForm.eventTitle')}
        language={textLanguage}
        value={values.title}
        onChange={(title) => set('title', title)}
        error={problemMessage(t, problems.title)}
        required
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {timeInput('start')}
        {timeInput('end')}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TimeZoneSelect
          atDate={values.start.slice(0, 10) || tour.startDate}
          hostCountry={tour.hostCountry}
          label={t('programme.eventForm.timeZone')}
          description={t('programme.eventForm.timeZoneHint')}
          value={values.timeZone}
          onChange={(zone) => set('timeZone', zone)}
          error={problemMessage(t, problems.timeZone)}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput label={t('programme.eventForm.place')} {...textProps('place', 'title')} />
        <TextInput label={t('programme.eventForm.address')} {...textProps('address', 'title')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Select
          label={t('programme.eventForm.organisation')}
          data={organisationOptions}
          value={values.organisationId}
          onChange={(id) => set('organisationId', id)}
          searchable
          clearable
        />
        <Select
          label={t('programme.eventForm.interpreter')}
          data={interpreterOptions}
          value={values.interpreterContactId}
          onChange={(id) => set('interpreterContactId', id)}
          searchable
          clearable
        />
      </SimpleGrid>
      <MultiSelect
        label={t('programme.eventForm.hosts')}
        data={hostOptions}
        value={values.hostContactIds}
        onChange={(ids) => set('hostContactIds', ids)}
        {...longOptionsProps(t, contacts.length)}
      />
      <Checkbox.Group
        label={t('programme.eventForm.delegates')}
        value={values.delegateIds}
        onChange={(ids) => set('delegateIds', ids)}
      >
        <SimpleGrid cols={2} mt="xs" spacing="xs">
          {delegates.map((delegate) => (
            <Checkbox key={delegate.id} value={delegate.id} label={delegateName(delegate, uiLanguage)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox.Group
        label={t('programme.eventForm.keyPoints')}
        value={values.themeIds}
        onChange={(ids) => set('themeIds', ids)}
      >
        <Stack mt="xs" gap="xs">
          {themes.map((theme) => (
            <Checkbox key={theme.id} value={theme.id} label={localized(theme.title, uiLanguage)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <LocalizedTextInput
        label={t('programme.eventForm.notes')}
        multiline
        minRows={2}
        language={textLanguage}
        value={values.notes}
        onChange={(notes) => set('notes', notes)}
      />
    </FormModal>
  );
}
