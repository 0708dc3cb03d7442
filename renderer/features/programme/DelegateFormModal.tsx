import { useState } from 'react';
import { Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { draftKey, useDraftedState } from '../../db/drafts';
import { basisOf, type SaveBasis } from '../../domain/merge';
import { delegates as delegateRepository } from '../../db/repositories';
import {
  DELEGATE_ROLES,
  genderSchema,
  type Delegate,
  type Gender,
  type Language,
  type LocalizedText,
} from '../../domain/entities';
import { suggestHungarianName, suggestLatinName, type NamePair } from '../../domain/names';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { TextLanguageSelect } from '../../ui/TextLanguageSelect';
import { FormModal, type SubmitResult } from '../../ui/FormModal';
import { lengthProps } from '../../ui/lengthLimit';
import { LocalizedTextInput } from '../../ui/LocalizedTextInput';
import { SuggestedNameField, type CheckedNameForm } from '../../ui/SuggestedNameField';
import { useRecordSave } from '../../ui/useSaveAction';
import { cleanLocalized } from './localizedField';
import { useFormFields } from '../../ui/formFields';

type Role = Delegate['role'];

interface DelegateFormValues {
  familyName: string;
  givenName: string;
  patronymic: string;
  rank: LocalizedText;
  position: LocalizedText;
  organisation: LocalizedText;
  gender: Gender;
  role: Role;
  /** The passport form; empty parts mean "not given" (a draft saved before the field existed has none). */
  latinName?: NamePair;
  /** Stored only once a translator has accepted or corrected the suggested Hungarian form. */
  hungarianName?: CheckedNameForm;
}

const NO_LATIN_NAME: NamePair = { familyName: '', givenName: '' };

const EMPTY: DelegateFormValues = {
  familyName: '',
  givenName: '',
  patronymic: '',
  rank: {},
  position: {},
  organisation: {},
  gender: 'unspecified',
  role: 'member',
};

interface DelegateFormModalProps {
  tourId: string;
  delegate: Delegate | null;
  /** Position given to a new member: after the others. */
  nextOrder: number;
  onClose(): void;
}

/** Creates or edits a member of the delegation. */
export function DelegateFormModal({ tourId, delegate, nextOrder, onClose }: DelegateFormModalProps) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [textLanguage, setTextLanguage] = useState<Language>(uiLanguage);
  const { values, setValues, draft } = useDraftedState<DelegateFormValues, SaveBasis>(
    draftKey('delegate', delegate ?? { newIn: tourId }),
    () =>
      delegate
        ? {
            familyName: delegate.familyName,
            givenName: delegate.givenName,
            patronymic: delegate.patronymic,
            rank: delegate.rank,
            position: delegate.position,
            organisation: delegate.organisation,
            gender: delegate.gender,
            role: delegate.role,
            latinName: delegate.latinName ?? NO_LATIN_NAME,
            ...(delegate.hungarianName ? { hungarianName: delegate.hungarianName } : {}),
          }
        : EMPTY,
    delegate ? basisOf(delegate) : undefined,
  );
  const [problems, setProblems] = useState<Partial<Record<'familyName' | 'givenName', 'required'>>>({});
  const { saveRecord, frame } = useRecordSave(draft, onClose);

  const { set, textProps } = useFormFields(values, setValues);
  const localizedInput = (field: 'rank' | 'position' | 'organisation') => (
    <LocalizedTextInput
      label={t(`programme.delegateForm.${field}`)}
      language={textLanguage}
      value={values[field]}
      onChange={(text) => set(field, text)}
    />
  );

  const submit = async (): Promise<SubmitResult> => {
    const found: Partial<Record<'familyName' | 'givenName', 'required'>> = {};
    if (values.familyName.trim() === '') found.familyName = 'required';
    if (values.givenName.trim() === '') found.givenName = 'required';
    setProblems(found);
    if (Object.keys(found).length > 0) return { invalid: Object.keys(found).length };
    const latin = values.latinName ?? NO_LATIN_NAME;
    const latinName = { familyName: latin.familyName.trim(), givenName: latin.givenName.trim() };
    const hungarian = values.hungarianName;
    return saveRecord(
      (options) =>
        delegateRepository.save(
          {
            ...(delegate ? { id: delegate.id } : {}),
            tourId,
            familyName: values.familyName.trim(),
            givenName: values.givenName.trim(),
            patronymic: values.patronymic.trim(),
            rank: cleanLocalized(values.rank),
            position: cleanLocalized(values.position),
            organisation: cleanLocalized(values.organisation),
            gender: values.gender,
            role: values.role,
            // Cleared forms are written as absent, so that an edit can remove a stored form.
            latinName: latinName.familyName !== '' ? latinName : undefined,
            hungarianName:
              hungarian?.checked && hungarian.familyName.trim() !== ''
                ? {
                    familyName: hungarian.familyName.trim(),
                    givenName: hungarian.givenName.trim(),
                    checked: true,
                  }
                : undefined,
            order: delegate?.order ?? nextOrder,
          },
          options,
        ),
      t('programme.delegateForm.saved'),
    );
  };

  return (
    <FormModal
      {...frame}
      size="lg"
      title={t(delegate ? 'programme.delegateForm.titleEdit' : 'programme.delegateForm.titleNew')}
      onSubmit={submit}
    >
      <SimpleGrid cols={3}>
        <TextInput
          label={t('programme.delegateForm.familyName')}
          {...textProps('familyName', 'title')}
          error={problems.familyName ? t('programme.errors.required') : undefined}
          required
          data-autofocus
        />
        <TextInput
          label={t('programme.delegateForm.givenName')}
          {...textProps('givenName', 'title')}
          error={problems.givenName ? t('programme.errors.required') : undefined}
          required
        />
        <TextInput label={t('programme.delegateForm.patronymic')} {...textProps('patronymic', 'title')} />
      </SimpleGrid>
      <LatinNameSection values={values} set={set} />
      <SimpleGrid cols={2}>
        <Select
          label={t('programme.delegateForm.role')}
          data={DELEGATE_ROLES.map((role) => ({ value: role, label: t(`programme.roles.${role}`) }))}
          value={values.role}
          onChange={(role) => role && set('role', role as Role)}
          allowDeselect={false}
        />
        <Select
          label={t('programme.delegateForm.gender')}
          data={genderSchema.options.map((gender) => ({
            value: gender,
            label: t(`programme.genders.${gender}`),
          }))}
          value={values.gender}
          onChange={(gender) => gender && set('gender', gender as Gender)}
          allowDeselect={false}
        />
      </SimpleGrid>
      <TextLanguageSelect value={textLanguage} onChange={setTextLanguage} />
      {localizedInput('rank')}
      {localizedInput('position')}
      {localizedInput('organisation')}
    </FormModal>
  );
}

interface LatinNameSectionProps {
  values: DelegateFormValues;
  set<K extends keyof DelegateFormValues>(field: K, value: DelegateFormValues[K]): void;
}

/**
 * The name in Latin letters: the passport form English uses, and the Hungarian form Hungarian uses,
 * suggested from the Cyrillic name and confirmed the way the contacts' Cyrillic forms are.
 */
function LatinNameSection({ values, set }: LatinNameSectionProps) {
  const { t } = useTranslation();
  const latin = values.latinName ?? NO_LATIN_NAME;
  const typed = { familyName: values.familyName, givenName: values.givenName };
  const passportSuggestion = suggestLatinName(typed);
  const hasName = values.familyName.trim() !== '';
  const setLatin = (part: keyof NamePair, text: string) => set('latinName', { ...latin, [part]: text });
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('programme.delegateForm.latin.heading')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Paper withBorder p="sm" role="group" aria-label={t('programme.delegateForm.latin.passport')}>
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('programme.delegateForm.latin.passport')}
            </Text>
            <SimpleGrid cols={2}>
              <TextInput
                label={t('programme.delegateForm.latin.passportFamilyName')}
                {...lengthProps(t, latin.familyName, 'title')}
                value={latin.familyName}
                placeholder={passportSuggestion.familyName}
                onChange={(change) => setLatin('familyName', change.currentTarget.value)}
              />
              <TextInput
                label={t('programme.delegateForm.latin.passportGivenName')}
                {...lengthProps(t, latin.givenName, 'title')}
                value={latin.givenName}
                placeholder={passportSuggestion.givenName}
                onChange={(change) => setLatin('givenName', change.currentTarget.value)}
              />
            </SimpleGrid>
            {hasName && (
              <Text size="xs" c="dimmed">
                {t('programme.delegateForm.latin.passportHint', {
                  suggestion: `${passportSuggestion.givenName} ${passportSuggestion.familyName}`.trim(),
                })}
              </Text>
            )}
          </Stack>
        </Paper>
        <SuggestedNameField
          keyPrefix="programme.delegateForm.hungarian"
          formName={t('programme.delegateForm.latin.hungarian')}
          lang="hu"
          suggestion={suggestHungarianName(typed)}
          source={JSON.stringify([values.familyName.trim(), values.givenName.trim()])}
          hasName={hasName}
          value={values.hungarianName}
          onChange={(next) => set('hungarianName', next)}
          testId="hungarian-name"
        />
      </SimpleGrid>
    </Stack>
  );
}
