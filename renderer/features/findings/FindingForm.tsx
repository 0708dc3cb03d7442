import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Checkbox, MultiSelect, NativeSelect, SimpleGrid, TagsInput, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { draftKey, useFormDraft } from '../../db/drafts';
import { DraftProblemsError, saveFinding, type NewPhoto } from '../../db/findings';
import type { Draft } from '../../db/repository';
import { basisOf, sameContent } from '../../domain/merge';
import {
  APPLICABILITY,
  FINDING_KINDS,
  TITLE_MAX_LENGTH,
  type Attachment,
  type Finding,
  type Language,
} from '../../domain/entities';
import { findingProblems, hasProblems, type FieldProblems } from '../../domain/findings';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { FormModal, type SubmitResult } from '../../ui/FormModal';
import { LocalizedTextInput } from '../../ui/LocalizedTextInput';
import { useSaveAction } from '../../ui/useSaveAction';
import { contactName, delegateName, eventLabel, localized } from '../../domain/names/recordLabels';
import { cleanText, setLanguage } from '../../domain/localizedDraft';
import { PhotoEditList, type EditablePhoto } from './photos/PhotoEditList';
import { PhotoPicker } from './photos/PhotoPicker';
import { refusedPhotos, usePendingCount, usePhotoIntake } from './photos/usePhotoIntake';
import type { TourRecords } from '../../db/queries/useTourRecords';
import { useTourRecordsOf } from '../../db/queries/tourRecords';
import { TextLanguageSelect } from '../../ui/TextLanguageSelect';
import { longOptionsProps } from '../../ui/longOptions';
import { DateField } from '../../ui/DateField';
import { AuthorshipLine, ChangeHistory } from '../../ui/Authorship';
import { ReviewBadge } from '../../ui/ReviewPanel';
import { useCurrentDelegate } from '../../db/identity';

type Fields = Omit<Draft<Finding>, 'tourId'>;

const ORGANISATIONS = ['organisations'] as const;

/** A new finding has no key point until one is chosen: Enter in the title must not file it silently. */
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
  /** For a new finding: the key point it starts under ('' for none: the user chooses). */
  defaultThemeId: string;
  /** For a new finding: what a visit fills in (the visit, its hosts, its day); see domain findingFromVisit. */
  prefill?: Partial<Fields>;
  storedPhotos: readonly Attachment[];
  /**
   * Photos waiting in a visit's tray that the finding is made from: they move to the finding when it
   * is saved, and stay in the tray otherwise (nothing is lost by closing the form).
   */
  trayPhotos?: readonly Attachment[];
  records: TourRecords;
  onClose(): void;
}

/**
 * Create or edit a finding with its photos; everything is saved together or not at all. What is
 * typed is kept as a draft (photos chosen are not: they are asked about before closing). A new
 * finding's author is the delegate this laptop's user said they are (db/identity.ts), once that
 * is read: the form opens with it, so that it is the form's starting point, not a change.
 */
export function FindingForm(props: Props) {
  const me = useCurrentDelegate(props.finding ? null : props.tourId);
  if (!props.finding && me === undefined) return null;
  const prefill = me ? { authorDelegateId: me.id, ...props.prefill } : props.prefill;
  return <FindingFormFields {...props} {...(prefill ? { prefill } : {})} />;
}

function FindingFormFields({
  tourId,
  finding,
  defaultThemeId,
  prefill,
  storedPhotos,
  trayPhotos = [],
  records,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [language, setWritingLanguage] = useState<Language>(uiLanguage);
  const [opening] = useState<Fields>(() =>
    finding ? { ...finding } : { ...emptyFinding(defaultThemeId), ...prefill },
  );
  const [fields, setFields] = useState<Fields>(opening);
  const draft = useFormDraft(
    draftKey('finding', finding ?? { newIn: tourId }),
    fields,
    opening,
    setFields,
    finding ? basisOf(finding) : undefined,
  );
  const [problems, setProblems] = useState<FieldProblems<'title' | 'themeId'>>({});
  const [kept, setKept] = useState<EditablePhoto[]>(() =>
    [...storedPhotos, ...trayPhotos].map((photo) => ({
      key: photo.id,
      preview: photo.thumbnail ?? photo.blob,
      fileName: photo.fileName,
      caption: photo.caption,
    })),
  );
  const [added, setAdded] = useState<(EditablePhoto & { photo: NewPhoto })[]>([]);
  // The stored photos as the form was opened: their captions are saved against these versions.
  const [openedPhotos] = useState(() => new Map(storedPhotos.map((photo) => [photo.id, photo])));
  const save = useSaveAction();
  // The organisation of the chosen visit is named under it: the finding was made there.
  const { organisations } = useTourRecordsOf(tourId, ORGANISATIONS);

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) =>
    setFields((old) => ({ ...old, [key]: value }));

  // A visit whose plan names exactly one key point proposes it, when none is chosen yet.
  const chooseVisit = (eventId: string | null) =>
    setFields((old) => {
      const planned = records.events?.find((event) => event.id === eventId)?.themeIds ?? [];
      const proposed = old.themeId === '' && planned.length === 1 ? planned[0]! : old.themeId;
      return { ...old, eventId, themeId: proposed };
    });

  const addPhoto = (photo: NewPhoto) =>
    setAdded((old) => [
      ...old,
      {
        key: crypto.randomUUID(),
        preview: photo.thumbnail ?? photo.blob,
        fileName: photo.fileName,
        caption: {},
        photo,
      },
    ]);
  const intake = usePhotoIntake(addPhoto);
  const pendingPhotos = usePendingCount(intake);
  // Save pressed while photos are still being prepared waits for them: never a finding without its
  // photos. The wait ends after the render that holds the last photo, then the latest submit runs.
  const [waitingForPhotos, setWaitingForPhotos] = useState(false);
  const photosReady = useRef<(() => void)[]>([]);
  useEffect(() => {
    if (pendingPhotos === 0) for (const resolve of photosReady.current.splice(0)) resolve();
  }, [pendingPhotos]);
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

  const submit = async (): Promise<SubmitResult> => {
    if (pendingPhotos > 0) {
      setWaitingForPhotos(true);
      await new Promise<void>((resolve) => photosReady.current.push(resolve));
      setWaitingForPhotos(false);
      return latestSubmit.current();
    }
    const record: Draft<Finding> = {
      ...fields,
      tourId,
      title: cleanText(fields.title),
      text: cleanText(fields.text),
      applicabilityNote: cleanText(fields.applicabilityNote),
    };
    const found = findingProblems(record);
    setProblems(found);
    if (hasProblems(found)) return { invalid: Object.keys(found).length };
    const keptIds = new Set(kept.map((photo) => photo.key));
    let refused = 0;
    const photoChanges = {
      add: added.map((entry) => ({ ...entry.photo, caption: cleanText(entry.caption) })),
      adopt: trayPhotos.filter((photo) => keptIds.has(photo.id)).map((photo) => photo.id),
      remove: storedPhotos.filter((photo) => !keptIds.has(photo.id)).map((photo) => photo.id),
      // Only captions typed here: one left as it was keeps whatever is stored by now.
      captions: Object.fromEntries(
        kept
          .map((photo) => [photo.key, cleanText(photo.caption)] as const)
          .filter(([key, caption]) => !sameContent({ caption }, { caption: openedPhotos.get(key)?.caption })),
      ),
      versions: Object.fromEntries([...openedPhotos.values()].map((photo) => [photo.id, basisOf(photo)])),
    };
    const outcome = await save.run((options) => saveFinding(record, photoChanges, options), {
      success: t('findings.saved'),
      basedOn: draft.basedOn,
      handle: (cause) => {
        if (!(cause instanceof DraftProblemsError)) return false;
        setProblems(cause.problems);
        refused = Object.keys(cause.problems).length;
        return true;
      },
    });
    // Saved after waiting for the photos: a refused one is named once more, since the form closes.
    if (outcome.ok)
      for (const entry of refusedPhotos(intake))
        notifications.show({
          color: 'yellow',
          message: t(`findings.photos.errors.${entry.problem}`, { name: entry.fileName, limit: 25 }),
        });
    return refused > 0 ? { invalid: refused } : { saved: outcome.done };
  };
  const latestSubmit = useRef(submit);
  useLayoutEffect(() => {
    latestSubmit.current = submit;
  });

  const themes = records.themes ?? [];
  const optional = { value: '', label: t('findings.form.none') };
  // Tray photos left out stay in their tray: only photos chosen in this form would be lost.
  const photosChanged =
    added.length > 0 ||
    pendingPhotos > 0 ||
    storedPhotos.some((photo) => !kept.some((entry) => entry.key === photo.id));
  const visit = records.events?.find((event) => event.id === fields.eventId);
  const host = visit?.organisationId
    ? organisations?.find((organisation) => organisation.id === visit.organisationId)
    : undefined;

  return (
    <FormModal
      size="xl"
      title={finding ? t('findings.form.editTitle') : t('findings.form.newTitle')}
      draft={draft}
      changed={photosChanged}
      saving={save.pending || waitingForPhotos}
      onSubmit={submit}
      onClose={onClose}
    >
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
        data-autofocus
      />
      <LocalizedTextInput
        label={t('findings.form.title')}
        required
        language={language}
        value={fields.title}
        onChange={(title) => set('title', title)}
        error={problems.title && t(`findings.errors.${problems.title}`)}
      />
      <LocalizedTextInput
        label={t('findings.form.text')}
        description={t('findings.form.textHint')}
        multiline
        minRows={4}
        language={language}
        value={fields.text}
        onChange={(text) => set('text', text)}
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
          onChange={(event) => chooseVisit(event.currentTarget.value || null)}
          description={
            host && t('findings.capture.atOrganisation', { name: localized(host.name, uiLanguage) })
          }
        />
        <NativeSelect
          label={t('findings.form.author')}
          data={[
            optional,
            ...(records.delegates ?? []).map((d) => ({ value: d.id, label: delegateName(d, uiLanguage) })),
          ]}
          value={fields.authorDelegateId ?? ''}
          onChange={(event) => set('authorDelegateId', event.currentTarget.value || null)}
        />
        <DateField
          label={t('findings.form.date')}
          value={fields.date ?? ''}
          onChange={(date) => set('date', date || null)}
          clearable
        />
      </SimpleGrid>
      <MultiSelect
        label={t('findings.form.sources')}
        {...longOptionsProps(t, records.contacts?.length ?? 0)}
        data={(records.contacts ?? []).map((contact) => ({
          value: contact.id,
          label: contactName(contact, uiLanguage),
        }))}
        value={fields.sourceContactIds}
        onChange={(ids) => set('sourceContactIds', ids)}
      />
      <TagsInput
        label={t('findings.form.tags')}
        maxLength={TITLE_MAX_LENGTH}
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
        <LocalizedTextInput
          label={t('findings.form.applicabilityNote')}
          multiline
          minRows={1}
          language={language}
          value={fields.applicabilityNote}
          onChange={(note) => set('applicabilityNote', note)}
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
      <PhotoPicker intake={intake} />
      {waitingForPhotos && (
        <Text size="sm" role="status" ta="right">
          {t('findings.photos.savingWhenReady', { count: pendingPhotos })}
        </Text>
      )}
      {finding && (
        <>
          <ReviewBadge item={finding} />
          <AuthorshipLine record={finding} delegates={records.delegates} />
          <ChangeHistory changes={finding.changes} delegates={records.delegates} />
        </>
      )}
    </FormModal>
  );
}
