import { useMemo, useState } from 'react';
import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { draftKey, useDraftedState } from '../../db/drafts';
import { basisOf, type SaveBasis } from '../../domain/merge';
import { organisations as organisationRepository } from '../../db/repositories';
import { LANGUAGES, ORGANISATION_KINDS, type LocalizedText, type Organisation } from '../../domain/entities';
import { organisationDuplicates } from '../../domain/duplicates';
import { withText } from '../../domain/localizedText';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { FormModal, type SubmitResult } from '../../ui/FormModal';
import { lengthProps } from '../../ui/lengthLimit';
import { useRecordSave } from '../../ui/useSaveAction';
import { organisationName } from './contactQueries';
import { DuplicateWarning } from './DuplicateWarning';
import { useDuplicateHold } from './useDuplicateHold';
import { useFormFields } from '../../ui/formFields';

interface OrganisationFormValues {
  kind: Organisation['kind'];
  name: LocalizedText;
  city: string;
  address: string;
  website: string;
  notes: string;
}

// The original (Hungarian) name comes first: it is the one the hosts' own papers use.
const NAME_LANGUAGES = ['hu', 'en', 'ru', 'be'] as const;

interface OrganisationFormModalProps {
  tourId: string;
  organisation: Organisation | null;
  /** The tour's organisations: a name already among them is pointed out before saving. */
  organisations: readonly Organisation[];
  /** Opens an organisation already here instead (the one the new one probably duplicates). */
  onOpenExisting(organisation: Organisation): void;
  onClose(): void;
}

/** Creates or edits a host or partner body, with its name in several languages. */
export function OrganisationFormModal({
  tourId,
  organisation,
  organisations,
  onOpenExisting,
  onClose,
}: OrganisationFormModalProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { values, setValues, draft } = useDraftedState<OrganisationFormValues, SaveBasis>(
    draftKey('organisation', organisation ?? { newIn: tourId }),
    () =>
      organisation
        ? { ...organisation }
        : { kind: 'police', name: {}, city: '', address: '', website: '', notes: '' },
    organisation ? basisOf(organisation) : undefined,
  );
  const [nameProblem, setNameProblem] = useState(false);
  const { saveRecord, frame } = useRecordSave(draft, onClose);
  const duplicates = useMemo(
    () => organisationDuplicates({ id: organisation?.id, name: values.name }, organisations),
    [organisation?.id, values.name, organisations],
  );
  // Editing an organisation without touching its names never stops at the warning.
  const namesChanged =
    organisation === null ||
    LANGUAGES.some(
      (language) => (organisation.name[language] ?? '') !== (values.name[language] ?? '').trim(),
    );
  const duplicateHold = useDuplicateHold(namesChanged ? duplicates.length : 0);
  const { set, textProps } = useFormFields(values, setValues);

  const submit = async (): Promise<SubmitResult> => {
    const name = LANGUAGES.reduce<LocalizedText>(
      (result, language) => withText(result, language, (values.name[language] ?? '').trim()),
      {},
    );
    const missing = Object.keys(name).length === 0;
    setNameProblem(missing);
    if (missing) return { invalid: 1 };
    if (duplicateHold.holds()) return { invalid: 0 };
    return saveRecord(
      (options) =>
        organisationRepository.save(
          {
            ...(organisation ? { id: organisation.id } : {}),
            tourId,
            kind: values.kind,
            name,
            city: values.city.trim(),
            address: values.address.trim(),
            website: values.website.trim(),
            notes: values.notes.trim(),
          },
          options,
        ),
      t('contacts.organisations.saved'),
    );
  };

  return (
    <FormModal
      {...frame}
      size="lg"
      title={t(organisation ? 'contacts.organisations.titleEdit' : 'contacts.organisations.titleNew')}
      onSubmit={submit}
    >
      {NAME_LANGUAGES.map((language, index) => (
        <TextInput
          key={language}
          lang={language}
          label={t(`contacts.organisations.nameIn.${language}`)}
          {...lengthProps(t, values.name[language] ?? '', 'title')}
          value={values.name[language] ?? ''}
          onChange={(event) => set('name', { ...values.name, [language]: event.currentTarget.value })}
          error={index === 0 && nameProblem ? t('contacts.errors.nameRequired') : undefined}
          data-autofocus={index === 0 ? true : undefined}
        />
      ))}
      <DuplicateWarning
        ref={duplicateHold.warning}
        kind="organisation"
        entries={duplicates.map((other) => ({
          id: other.id,
          label: [organisationName(other, language), other.city].filter((part) => part !== '').join(', '),
        }))}
        held={duplicateHold.held}
        onOpen={(id) => {
          const existing = duplicates.find((other) => other.id === id);
          if (existing) void draft.forget().then(() => onOpenExisting(existing));
        }}
        onSaveAnyway={duplicateHold.saveAnyway}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('contacts.organisations.kind')}
          data={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`contacts.kinds.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => kind && set('kind', kind as Organisation['kind'])}
          allowDeselect={false}
        />
        <TextInput label={t('contacts.organisations.city')} {...textProps('city', 'title')} />
      </SimpleGrid>
      <TextInput label={t('contacts.organisations.address')} {...textProps('address', 'title')} />
      <TextInput
        label={t('contacts.organisations.website')}
        {...textProps('website', 'title')}
        inputMode="url"
      />
      <Textarea
        label={t('contacts.organisations.notes')}
        {...textProps('notes', 'text')}
        autosize
        minRows={2}
      />
    </FormModal>
  );
}
