import { useState } from 'react';
import { FormActions } from '../../ui/FormActions';
import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { delegates as delegateRepository } from '../../db/repositories';
import {
  DELEGATE_ROLES,
  genderSchema,
  type Delegate,
  type Gender,
  type Language,
  type LocalizedText,
} from '../../domain/entities';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { TextLanguageSelect } from '../../ui/TextLanguageSelect';
import { cleanLocalized, setTextIn } from './localizedField';

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
}

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
  const [values, setValues] = useState<DelegateFormValues>(() =>
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
        }
      : EMPTY,
  );
  const [problems, setProblems] = useState<Partial<Record<'familyName' | 'givenName', 'required'>>>({});
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof DelegateFormValues>(field: K, value: DelegateFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const localizedInput = (field: 'rank' | 'position' | 'organisation') => (
    <TextInput
      label={t(`itinerary.delegateForm.${field}`)}
      value={values[field][textLanguage] ?? ''}
      onChange={(change) => set(field, setTextIn(values[field], textLanguage, change.currentTarget.value))}
    />
  );

  const submit = async () => {
    const found: Partial<Record<'familyName' | 'givenName', 'required'>> = {};
    if (values.familyName.trim() === '') found.familyName = 'required';
    if (values.givenName.trim() === '') found.givenName = 'required';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await delegateRepository.save({
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
        order: delegate?.order ?? nextOrder,
      });
      notifications.show({ color: 'green', message: t('itinerary.delegateForm.saved') });
      onClose();
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('errors.saveFailed') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t(delegate ? 'itinerary.delegateForm.titleEdit' : 'itinerary.delegateForm.titleNew')}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <SimpleGrid cols={3}>
            <TextInput
              label={t('itinerary.delegateForm.familyName')}
              value={values.familyName}
              onChange={(change) => set('familyName', change.currentTarget.value)}
              error={problems.familyName ? t('itinerary.errors.required') : undefined}
              required
              data-autofocus
            />
            <TextInput
              label={t('itinerary.delegateForm.givenName')}
              value={values.givenName}
              onChange={(change) => set('givenName', change.currentTarget.value)}
              error={problems.givenName ? t('itinerary.errors.required') : undefined}
              required
            />
            <TextInput
              label={t('itinerary.delegateForm.patronymic')}
              value={values.patronymic}
              onChange={(change) => set('patronymic', change.currentTarget.value)}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Select
              label={t('itinerary.delegateForm.role')}
              data={DELEGATE_ROLES.map((role) => ({ value: role, label: t(`itinerary.roles.${role}`) }))}
              value={values.role}
              onChange={(role) => role && set('role', role as Role)}
              allowDeselect={false}
            />
            <Select
              label={t('itinerary.delegateForm.gender')}
              data={genderSchema.options.map((gender) => ({
                value: gender,
                label: t(`itinerary.genders.${gender}`),
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
          <FormActions onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </Modal>
  );
}
