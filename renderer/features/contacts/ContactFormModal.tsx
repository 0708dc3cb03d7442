import { useMemo, useState } from 'react';
import { MultiSelect, NativeSelect, Select, SimpleGrid, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { draftKey, useDraftedState } from '../../db/drafts';
import { contacts as contactRepository } from '../../db/repositories';
import { basisOf, type SaveBasis } from '../../domain/merge';
import {
  CONTACT_ROLES,
  LANGUAGES,
  genderSchema,
  type Contact,
  type Gender,
  type Language,
  type LocalizedText,
  type Organisation,
} from '../../domain/entities';
import { contactDuplicates } from '../../domain/duplicates';
import { withText } from '../../domain/localizedText';
import { displayName } from '../../domain/names';
import { LANGUAGE_NATIVE_NAMES, isLanguage } from '../../i18n/languages';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { firstInvalid, isValidEmail, isValidPhone, splitList } from './contactValidation';
import { CyrillicNameField } from './CyrillicNameField';
import { organisationName } from './contactQueries';
import { SPOKEN_LANGUAGE_CODES, languageName } from '../../i18n/languageNames';
import { FormModal, type SubmitResult } from '../../ui/FormModal';
import { lengthProps } from '../../ui/lengthLimit';
import { LocalizedTextInput } from '../../ui/LocalizedTextInput';
import { useRecordSave } from '../../ui/useSaveAction';
import { DuplicateWarning } from './DuplicateWarning';
import { useDuplicateHold } from './useDuplicateHold';
import { useFormFields } from '../../ui/formFields';

/** The contact's own fields as the form edits them; phones and e-mails as typed, one a line. */
type ContactFormValues = Pick<
  Contact,
  | 'prefix'
  | 'familyName'
  | 'givenName'
  | 'nameOrder'
  | 'cyrillic'
  | 'rank'
  | 'position'
  | 'organisationId'
  | 'languages'
  | 'gender'
  | 'role'
  | 'notes'
> & { phones: string; emails: string };

type Problems = Partial<Record<'familyName' | 'phones' | 'emails', string>>;

function initialValues(contact: Contact | null): ContactFormValues {
  if (!contact) {
    return {
      prefix: '',
      familyName: '',
      givenName: '',
      nameOrder: 'family-first',
      cyrillic: {},
      rank: {},
      position: {},
      organisationId: null,
      phones: '',
      emails: '',
      languages: [],
      gender: 'unspecified',
      role: 'host',
      notes: '',
    };
  }
  return {
    ...contact,
    phones: contact.phones.join(', '),
    emails: contact.emails.join(', '),
  };
}

const cleanLocalized = (text: LocalizedText): LocalizedText =>
  LANGUAGES.reduce<LocalizedText>((result, language) => withText(result, language, text[language] ?? ''), {});

interface ContactFormModalProps {
  tourId: string;
  contact: Contact | null;
  organisations: readonly Organisation[];
  /** The tour's contacts: a name already among them is pointed out before saving. */
  contacts: readonly Contact[];
  /** Opens a contact already here instead (the one the new one probably duplicates). */
  onOpenExisting(contact: Contact): void;
  onClose(): void;
}

/** Creates or edits a person the delegation meets, with the name's Cyrillic forms. */
export function ContactFormModal({
  tourId,
  contact,
  organisations,
  contacts,
  onOpenExisting,
  onClose,
}: ContactFormModalProps) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const { values, setValues, draft } = useDraftedState<ContactFormValues, SaveBasis>(
    draftKey('contact', contact ?? { newIn: tourId }),
    () => initialValues(contact),
    contact ? basisOf(contact) : undefined,
  );
  const [textLanguage, setTextLanguage] = useState<Language>(uiLanguage);
  const [problems, setProblems] = useState<Problems>({});
  const { saveRecord, frame } = useRecordSave(draft, onClose);
  const duplicates = useMemo(
    () =>
      contactDuplicates(
        {
          id: contact?.id,
          familyName: values.familyName,
          givenName: values.givenName,
          organisationId: values.organisationId,
        },
        contacts,
      ),
    [contact?.id, values.familyName, values.givenName, values.organisationId, contacts],
  );
  // Editing a contact without touching its name or organisation (a new phone) never stops at the
  // warning: those duplicates were there before and are shown, to be merged when convenient.
  const identityChanged =
    contact === null ||
    contact.familyName !== values.familyName.trim() ||
    contact.givenName !== values.givenName.trim() ||
    contact.organisationId !== values.organisationId;
  const duplicateHold = useDuplicateHold(identityChanged ? duplicates.length : 0);
  const duplicateLabel = (other: Contact) => {
    const organisation = organisations.find((candidate) => candidate.id === other.organisationId);
    return [displayName(other, uiLanguage), organisationName(organisation, uiLanguage)]
      .filter((part) => part !== '')
      .join(', ');
  };

  const { set, textProps } = useFormFields(values, setValues);

  const languageOptions = [...new Set([...SPOKEN_LANGUAGE_CODES, ...values.languages])].map((code) => ({
    value: code,
    label: languageName(code, uiLanguage),
  }));

  const submit = async (): Promise<SubmitResult> => {
    const found: Problems = {};
    if (values.familyName.trim() === '') found.familyName = t('contacts.errors.required');
    const badPhone = firstInvalid(splitList(values.phones), isValidPhone);
    if (badPhone !== null) found.phones = t('contacts.errors.phone', { value: badPhone });
    const badEmail = firstInvalid(splitList(values.emails), isValidEmail);
    if (badEmail !== null) found.emails = t('contacts.errors.email', { value: badEmail });
    setProblems(found);
    if (Object.keys(found).length > 0) return { invalid: Object.keys(found).length };
    if (duplicateHold.holds()) return { invalid: 0 };
    return saveRecord(
      (options) =>
        contactRepository.save(
          {
            ...(contact ? { id: contact.id } : {}),
            tourId,
            prefix: values.prefix.trim(),
            familyName: values.familyName.trim(),
            givenName: values.givenName.trim(),
            nameOrder: values.nameOrder,
            cyrillic: Object.fromEntries(
              Object.entries(values.cyrillic)
                .filter(([, name]) => name && name.checked && name.familyName.trim() !== '')
                .map(([language, name]) => [
                  language,
                  { familyName: name.familyName.trim(), givenName: name.givenName.trim(), checked: true },
                ]),
            ),
            rank: cleanLocalized(values.rank),
            position: cleanLocalized(values.position),
            organisationId: values.organisationId,
            phones: splitList(values.phones),
            emails: splitList(values.emails),
            languages: values.languages,
            gender: values.gender,
            role: values.role,
            notes: values.notes.trim(),
          },
          options,
        ),
      t('contacts.form.saved'),
    );
  };

  const localizedInput = (field: 'rank' | 'position') => (
    <LocalizedTextInput
      label={t(`contacts.form.${field}`)}
      language={textLanguage}
      value={values[field]}
      onChange={(text) => set(field, text)}
    />
  );

  return (
    <FormModal
      {...frame}
      size="xl"
      title={t(contact ? 'contacts.form.titleEdit' : 'contacts.form.titleNew')}
      onSubmit={submit}
    >
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <TextInput
          label={t('contacts.form.prefix')}
          {...lengthProps(t, values.prefix, 'title', t('contacts.form.prefixHint'))}
          value={values.prefix}
          onChange={(event) => set('prefix', event.currentTarget.value)}
        />
        <TextInput
          label={t('contacts.form.familyName')}
          {...textProps('familyName', 'title', undefined)}
          error={problems.familyName}
          required
          data-autofocus
        />
        <TextInput label={t('contacts.form.givenName')} {...textProps('givenName', 'title', undefined)} />
        <Select
          label={t('contacts.form.nameOrder')}
          data={(['family-first', 'given-first'] as const).map((order) => ({
            value: order,
            label: t(`contacts.form.orders.${order}`),
          }))}
          value={values.nameOrder}
          onChange={(order) => order && set('nameOrder', order as Contact['nameOrder'])}
          allowDeselect={false}
        />
      </SimpleGrid>
      <DuplicateWarning
        ref={duplicateHold.warning}
        kind="contact"
        entries={duplicates.map((other) => ({ id: other.id, label: duplicateLabel(other) }))}
        held={duplicateHold.held}
        onOpen={(id) => {
          const existing = duplicates.find((other) => other.id === id);
          if (existing) void draft.forget().then(() => onOpenExisting(existing));
        }}
        onSaveAnyway={duplicateHold.saveAnyway}
      />
      <Title order={3} size="h5">
        {t('contacts.cyrillic.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {(['ru', 'be'] as const).map((language) => (
          <CyrillicNameField
            key={language}
            language={language}
            parts={values}
            value={values.cyrillic[language]}
            onChange={(name) => {
              const next = { ...values.cyrillic };
              if (name) next[language] = name;
              else delete next[language];
              set('cyrillic', next);
            }}
          />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('contacts.form.organisation')}
          placeholder={t('contacts.form.noOrganisation')}
          data={organisations.map((organisation) => ({
            value: organisation.id,
            label: organisationName(organisation, uiLanguage),
          }))}
          value={values.organisationId}
          onChange={(id) => set('organisationId', id)}
          searchable
          clearable
        />
        <Select
          label={t('contacts.form.role')}
          data={CONTACT_ROLES.map((role) => ({ value: role, label: t(`contacts.roles.${role}`) }))}
          value={values.role}
          onChange={(role) => role && set('role', role as Contact['role'])}
          allowDeselect={false}
        />
      </SimpleGrid>
      <NativeSelect
        label={t('contacts.form.textLanguage')}
        data={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NATIVE_NAMES[language] }))}
        value={textLanguage}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (isLanguage(next)) setTextLanguage(next);
        }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {localizedInput('rank')}
        {localizedInput('position')}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('contacts.form.phones')}
          description={t('contacts.form.listHint')}
          value={values.phones}
          onChange={(event) => set('phones', event.currentTarget.value)}
          error={problems.phones}
          inputMode="tel"
        />
        <TextInput
          label={t('contacts.form.emails')}
          description={t('contacts.form.listHint')}
          value={values.emails}
          onChange={(event) => set('emails', event.currentTarget.value)}
          error={problems.emails}
          inputMode="email"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('contacts.form.languages')}
          data={languageOptions}
          value={values.languages}
          onChange={(languages) => set('languages', languages)}
          searchable
        />
        <Select
          label={t('contacts.form.gender')}
          data={genderSchema.options.map((gender) => ({
            value: gender,
            label: t(`contacts.genders.${gender}`),
          }))}
          value={values.gender}
          onChange={(gender) => gender && set('gender', gender as Gender)}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Textarea label={t('contacts.form.notes')} {...textProps('notes', 'text')} autosize minRows={2} />
    </FormModal>
  );
}
