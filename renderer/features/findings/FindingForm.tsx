import { useState } from 'react';
import { FormActions } from '../../app/components/FormActions';
import { useSaveConflict } from '../../app/components/saveConflict/useSaveConflict';
import {
  Checkbox,
  Modal,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DraftProblemsError, saveFinding, type NewPhoto } from '../../db/findings';
import type { Draft } from '../../db/repository';
import {
  APPLICABILITY,
  FINDING_KINDS,
  type Attachment,
  type Finding,
  type Language,
  type LocalizedText,
} from '../../domain/entities';
import { findingProblems, hasProblems, type FieldProblems } from '../../domain/findings';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { contactName, delegateName, eventLabel, localized } from './labels';
import { cleanText, setLanguage } from './localizedDraft';
import { PhotoEditList, type EditablePhoto } from './photos/PhotoEditList';
import { PhotoPicker } from './photos/PhotoPicker';
import type { TourRecords } from './useTourRecords';
import { TextLanguageSelect } from '../../app/components/TextLanguageSelect';
import { longOptionsProps } from '../../app/components/longOptions';

type Fields = Omit<Draft<Finding>, 'tourId'>;

function emptyFinding(themeId: string): Fields {
  return {
    themeId,
    eventId: null,
    kind: 'observation',
    title: {},
    text: {},
    sourceContactIds: [],
    authorDelegateId: null,
    date: null,
    tags: [],
    applicability: null,
    applicabilityNote: {},
    includeInReport: true,
  };
}

interface Props {
  tourId: string;
  /** The finding to edit, or null for a new one. */
  finding: Finding | null;
  /** For a new finding: the key point it starts under. */
  defaultThemeId: string;
  storedPhotos: readonly Attachment[];
  records: TourRecords;
  onClose(): void;
}

/** Create or edit a finding with its photos; everything is saved together or not at all. */
export function FindingForm({ tourId, finding, defaultThemeId, storedPhotos, records, onClose }: Props) {
  // The version the form was opened on: saving checks the record is still that one.
  const [opened] = useState(finding);
  const { guardedSave, dialog } = useSaveConflict();
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [language, setWritingLanguage] = useState<Language>(uiLanguage);
  const [fields, setFields] = useState<Fields>(() =>
    finding ? { ...finding } : emptyFinding(defaultThemeId),
  );
  const [problems, setProblems] = useState<FieldProblems<'title' | 'themeId'>>({});
  const [kept, setKept] = useState<EditablePhoto[]>(() =>
    storedPhotos.map((photo) => ({
      key: photo.id,
      preview: photo.thumbnail ?? photo.blob,
      fileName: photo.fileName,
      caption: photo.caption,
    })),
  );
  const [added, setAdded] = useState<(EditablePhoto & { photo: NewPhoto })[]>([]);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) =>
    setFields((old) => ({ ...old, [key]: value }));
  const setText = (key: 'title' | 'text' | 'applicabilityNote', value: string) =>
    setFields((old) => ({ ...old, [key]: setLanguage(old[key], language, value) }));

  const addPhotos = (photos: NewPhoto[]) =>
    setAdded((old) => [
      ...old,
      ...photos.map((photo) => ({
        key: crypto.randomUUID(),
        preview: photo.thumbnail ?? photo.blob,
        fileName: photo.fileName,
        caption: {},
        photo,
      })),
    ]);
  const setCaption = (key: string, value: string) => {
    const update = <T extends EditablePhoto>(list: T[]) =>
      list.map((photo) =>
        photo.key === key ? { ...photo, caption: setLanguage(photo.caption, language, value) } : photo,
      );
    setKept(update);
    setAdded(update);
  };
  const removePhoto = (key: string) => {
    setKept((list) => list.filter((photo) => photo.key !== key));
    setAdded((list) => list.filter((photo) => photo.key !== key));
  };

  const submit = async () => {
    const draft: Draft<Finding> = {
      ...fields,
      tourId,
      title: cleanText(fields.title),
      text: cleanText(fields.text),
      applicabilityNote: cleanText(fields.applicabilityNote),
    };
    const found = findingProblems(draft);
    setProblems(found);
    if (hasProblems(found)) return;
    setSaving(true);
    try {
      const keptIds = new Set(kept.map((photo) => photo.key));
      const saved = await guardedSave(
        (options) =>
          saveFinding(
            draft,
            {
              add: added.map((entry) => ({ ...entry.photo, caption: cleanText(entry.caption) })),
              remove: storedPhotos.filter((photo) => !keptIds.has(photo.id)).map((photo) => photo.id),
              captions: Object.fromEntries(kept.map((photo) => [photo.key, cleanText(photo.caption)])),
            },
            options,
          ),
        opened,
      );
      // Kept the version saved meanwhile: nothing written, the form closes on it.
      if (saved) notifications.show({ color: 'green', message: t('findings.saved') });
      onClose();
    } catch (cause) {
      if (cause instanceof DraftProblemsError) setProblems(cause.problems);
      else {
        console.error(cause);
        notifications.show({ color: 'red', message: t('errors.saveFailed') });
      }
    } finally {
      setSaving(false);
    }
  };

  const themes = records.themes ?? [];
  const optional = { value: '', label: t('findings.form.none') };
  const textOf = (text: LocalizedText) => text[language] ?? '';

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={finding ? t('findings.form.editTitle') : t('findings.form.newTitle')}
    >
      {/* noValidate: our own messages, in the interface language, replace the browser's. */}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextLanguageSelect value={language} onChange={setWritingLanguage} />
          <NativeSelect
            label={t('findings.form.keyPoint')}
            required
            data={[
              { value: '', label: t('findings.form.chooseKeyPoint') },
              ...themes.map((theme, index) => ({
                value: theme.id,
                label: `${index + 1}. ${localized(theme.title, uiLanguage)}`,
              })),
            ]}
            value={fields.themeId}
            onChange={(event) => set('themeId', event.currentTarget.value)}
            error={problems.themeId && t(`findings.errors.${problems.themeId}`)}
          />
          <TextInput
            label={t('findings.form.title')}
            required
            value={textOf(fields.title)}
            onChange={(event) => setText('title', event.currentTarget.value)}
            error={problems.title && t(`findings.errors.${problems.title}`)}
          />
          <Textarea
            label={t('findings.form.text')}
            description={t('findings.form.textHint')}
            autosize
            minRows={4}
            maxRows={16}
            value={textOf(fields.text)}
            onChange={(event) => setText('text', event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('findings.form.kind')}
              data={FINDING_KINDS.map((kind) => ({ value: kind, label: t(`findings.kinds.${kind}`) }))}
              value={fields.kind}
              onChange={(event) => set('kind', event.currentTarget.value as Finding['kind'])}
            />
            <NativeSelect
              label={t('findings.form.visit')}
              data={[
                optional,
                ...(records.events ?? []).map((e) => ({ value: e.id, label: eventLabel(e, uiLanguage) })),
              ]}
              value={fields.eventId ?? ''}
              onChange={(event) => set('eventId', event.currentTarget.value || null)}
            />
            <NativeSelect
              label={t('findings.form.author')}
              data={[
                optional,
                ...(records.delegates ?? []).map((d) => ({ value: d.id, label: delegateName(d) })),
              ]}
              value={fields.authorDelegateId ?? ''}
              onChange={(event) => set('authorDelegateId', event.currentTarget.value || null)}
            />
            <TextInput
              type="date"
              label={t('findings.form.date')}
              value={fields.date ?? ''}
              onChange={(event) => set('date', event.currentTarget.value || null)}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('findings.form.sources')}
            {...longOptionsProps(t, records.contacts?.length ?? 0)}
            data={(records.contacts ?? []).map((contact) => ({
              value: contact.id,
              label: contactName(contact),
            }))}
            value={fields.sourceContactIds}
            onChange={(ids) => set('sourceContactIds', ids)}
          />
          <TagsInput
            label={t('findings.form.tags')}
            value={fields.tags}
            onChange={(tags) => set('tags', tags)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('findings.form.applicability')}
              data={[
                { value: '', label: t('findings.form.notAssessed') },
                ...APPLICABILITY.map((value) => ({ value, label: t(`findings.applicability.${value}`) })),
              ]}
              value={fields.applicability ?? ''}
              onChange={(event) =>
                set('applicability', (event.currentTarget.value || null) as Finding['applicability'])
              }
            />
            <Textarea
              label={t('findings.form.applicabilityNote')}
              autosize
              minRows={1}
              value={textOf(fields.applicabilityNote)}
              onChange={(event) => setText('applicabilityNote', event.currentTarget.value)}
            />
          </SimpleGrid>
          <Checkbox
            label={t('findings.form.includeInReport')}
            checked={fields.includeInReport}
            onChange={(event) => set('includeInReport', event.currentTarget.checked)}
          />
          <Title order={3} size="h5">
            {t('findings.photos.title')}
          </Title>
          <PhotoEditList
            photos={[...kept, ...added]}
            language={language}
            onCaption={setCaption}
            onRemove={removePhoto}
          />
          <PhotoPicker onPhotos={addPhotos} />
          <FormActions onCancel={onClose} saving={saving} />
        </Stack>
      </form>
      {dialog}
    </Modal>
  );
}
