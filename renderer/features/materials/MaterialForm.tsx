import { useState } from 'react';
import { Alert, Button, FileButton, Group, NativeSelect, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { draftKey, useDraftedState } from '../../db/drafts';
import { basisOf, type SaveBasis } from '../../domain/merge';
import { DraftProblemsError, FileTooLargeError, saveMaterial, type NewFile } from '../../db/findings';
import type { Draft } from '../../db/repository';
import { MATERIAL_KINDS, type Attachment, type Language, type Material } from '../../domain/entities';
import { hasProblems, materialProblems, type FieldProblems } from '../../domain/findings';
import { MAX_MATERIAL_FILE_BYTES } from '../../domain/images/imageRules';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { contactName, eventLabel } from '../../domain/names/recordLabels';
import { cleanText } from '../../domain/localizedDraft';
import type { TourRecords } from '../../db/queries/useTourRecords';
import { TextLanguageSelect } from '../../ui/TextLanguageSelect';
import { FormModal, type SubmitResult } from '../../ui/FormModal';
import { LocalizedTextInput } from '../../ui/LocalizedTextInput';
import { useSaveAction } from '../../ui/useSaveAction';
import { documentLanguageOptions } from './documentLanguages';

type Fields = Omit<Draft<Material>, 'tourId'>;

interface Props {
  tourId: string;
  material: Material | null;
  attachment: Attachment | undefined;
  records: TourRecords;
  onClose(): void;
}

/** Create or edit a material received; the attached file is replaced or removed together with the record. */
export function MaterialForm({ tourId, material, attachment, records, onClose }: Props) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [language, setWritingLanguage] = useState<Language>(uiLanguage);
  const {
    values: fields,
    setValues: setFields,
    draft: kept,
  } = useDraftedState<Fields, SaveBasis>(
    draftKey('material', material ?? { newIn: tourId }),
    () =>
      material
        ? { ...material }
        : {
            title: {},
            kind: 'other',
            language: 'hu',
            receivedFromContactId: null,
            eventId: null,
            attachmentId: null,
          },
    material ? basisOf(material) : undefined,
  );
  // undefined: keep the stored file; null: remove it; a file: attach it instead.
  const [file, setFile] = useState<NewFile | null | undefined>(undefined);
  const [problems, setProblems] = useState<FieldProblems<'title'>>({});
  const [fileError, setFileError] = useState<string | null>(null);
  const save = useSaveAction();
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) =>
    setFields((old) => ({ ...old, [key]: value }));

  const pick = (picked: File | null) => {
    if (!picked) return;
    if (picked.size > MAX_MATERIAL_FILE_BYTES) {
      setFileError(
        t('materials.errors.fileTooLarge', {
          name: picked.name,
          limit: MAX_MATERIAL_FILE_BYTES / 1024 / 1024,
        }),
      );
      return;
    }
    setFileError(null);
    setFile({ blob: picked, fileName: picked.name, mimeType: picked.type });
  };

  const submit = async (): Promise<SubmitResult> => {
    const draft: Draft<Material> = { ...fields, tourId, title: cleanText(fields.title) };
    const found = materialProblems(draft);
    setProblems(found);
    if (hasProblems(found)) return { invalid: Object.keys(found).length };
    let refused = 0;
    const outcome = await save.run((options) => saveMaterial(draft, file, options), {
      success: t('materials.saved'),
      basedOn: kept.basedOn,
      handle: (cause) => {
        if (cause instanceof DraftProblemsError) {
          setProblems(cause.problems);
          refused = Object.keys(cause.problems).length;
        } else if (cause instanceof FileTooLargeError)
          setFileError(t('materials.errors.fileTooLarge', { name: '', limit: 100 }));
        else return false;
        return true;
      },
    });
    return refused > 0 ? { invalid: refused } : { saved: outcome.done };
  };

  const fileName = file === undefined ? attachment?.fileName : file?.fileName;
  const none = { value: '', label: t('findings.form.none') };

  return (
    <FormModal
      size="lg"
      title={material ? t('materials.form.editTitle') : t('materials.form.newTitle')}
      draft={kept}
      changed={file !== undefined}
      saving={save.pending}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextLanguageSelect value={language} onChange={setWritingLanguage} />
      <LocalizedTextInput
        label={t('materials.form.title')}
        required
        language={language}
        value={fields.title}
        onChange={(title) => set('title', title)}
        error={problems.title && t(`materials.errors.${problems.title}`)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('materials.form.kind')}
          data={MATERIAL_KINDS.map((kind) => ({ value: kind, label: t(`materials.kinds.${kind}`) }))}
          value={fields.kind}
          onChange={(event) => set('kind', event.currentTarget.value as Fields['kind'])}
        />
        <NativeSelect
          label={t('materials.form.language')}
          data={documentLanguageOptions(fields.language, uiLanguage)}
          value={fields.language}
          onChange={(event) => set('language', event.currentTarget.value)}
        />
        <NativeSelect
          label={t('materials.form.receivedFrom')}
          data={[
            none,
            ...(records.contacts ?? []).map((c) => ({ value: c.id, label: contactName(c, uiLanguage) })),
          ]}
          value={fields.receivedFromContactId ?? ''}
          onChange={(event) => set('receivedFromContactId', event.currentTarget.value || null)}
        />
        <NativeSelect
          label={t('materials.form.visit')}
          data={[
            none,
            ...(records.events ?? []).map((e) => ({ value: e.id, label: eventLabel(e, uiLanguage) })),
          ]}
          value={fields.eventId ?? ''}
          onChange={(event) => set('eventId', event.currentTarget.value || null)}
        />
      </SimpleGrid>
      <Group>
        <Text size="sm">
          {t('materials.form.file')}: {fileName ?? t('materials.noFile')}
        </Text>
        <FileButton onChange={pick}>
          {(props) => (
            <Button {...props} size="xs" variant="light">
              {fileName ? t('materials.form.replaceFile') : t('materials.form.attachFile')}
            </Button>
          )}
        </FileButton>
        {fileName && (
          <Button size="xs" variant="subtle" color="red" onClick={() => setFile(null)}>
            {t('materials.form.removeFile')}
          </Button>
        )}
      </Group>
      {fileError && (
        <Alert color="red" role="alert" p="xs">
          {fileError}
        </Alert>
      )}
    </FormModal>
  );
}
