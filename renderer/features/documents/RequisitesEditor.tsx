import { useState } from 'react';
import { Button, Group, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { EditorSection } from './EditorSection';
import { useTourPartSave } from './useTourPartSave';
import { useCommitBeforeExport, type CommitOutcome } from './pendingEdits';
import type { Language, Tour, TourRequisites } from '../../domain/entities';
import { withText } from '../../domain/localizedText';
import type { DocumentKind } from '../../domain/documents/model';

/** What the editor shows of the tour's requisites: one document's, in one document language. */
interface Shown {
  place: string;
  approvalOn: boolean;
  approver: string;
  approverName: string;
  date: string;
  number: string;
}

function shownOf(tour: Tour, kind: DocumentKind, language: Language): Shown {
  const stored = tour.requisites ?? {};
  return {
    place: stored.place?.[language] ?? '',
    approvalOn: stored.approval?.documents.includes(kind) ?? false,
    approver: stored.approval?.position[language] ?? '',
    approverName: stored.approval?.name[language] ?? '',
    date: stored.registration?.[kind]?.date ?? '',
    number: stored.registration?.[kind]?.number ?? '',
  };
}

/**
 * The requisites of the tour's documents, entered once and stored on the tour (so backups and
 * exchange carry them): the place, the approval block (switched on per document), and the date
 * and registration number of the chosen document. Texts are per document language. An export
 * saves what is typed first (pendingEdits.ts), so no separate "Save" is needed. Saved against
 * what the editor was opened on: a change made meanwhile in another tab or by an exchange import
 * is shown beside the user's, never overwritten unseen.
 */
export function RequisitesEditor({
  tour,
  kind,
  language,
}: {
  tour: Tour;
  kind: DocumentKind;
  language: Language;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(() => shownOf(tour, kind, language));
  // What is stored as far as this editor knows (opened on, or last saved): the input differs from it until saved.
  const [saved, setSaved] = useState(shown);
  const { place, approvalOn, approver, approverName, date, number } = shown;
  const set = <K extends keyof Shown>(key: K, value: Shown[K]) =>
    setShown((old) => ({ ...old, [key]: value }));
  const saving = useTourPartSave(tour, (stored) => shownOf(stored, kind, language));
  const dateValid = date === '' || /^\d{4}-\d{2}-\d{2}$/.test(date);
  const dirty = (Object.keys(shown) as (keyof Shown)[]).some((key) => shown[key] !== saved[key]);

  const save = async (): Promise<CommitOutcome> => {
    if (!dateValid) return { kind: 'failed' };
    const now = await saving.saveTour((current) => {
      const before = current.requisites ?? {};
      const documents = new Set(before.approval?.documents ?? []);
      if (approvalOn) documents.add(kind);
      else documents.delete(kind);
      const requisites: TourRequisites = {
        ...before,
        place: withText(before.place ?? {}, language, place),
        approval: {
          position: withText(before.approval?.position ?? {}, language, approver),
          name: withText(before.approval?.name ?? {}, language, approverName),
          documents: [...documents],
        },
        registration: { ...before.registration, [kind]: { date, number: number.trim() } },
      };
      return { ...current, requisites };
    }, t('documents.requisites.saved'));
    if (!now) return { kind: 'failed' };
    setShown(now.part);
    setSaved(now.part);
    return { kind: 'saved', tour: now.tour };
  };
  // Export saves what is typed first: the document carries what the user sees here.
  useCommitBeforeExport('requisites', dirty, save);

  return (
    <EditorSection id="documents-requisites" title={t('documents.requisites.title')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('documents.requisites.place')}
          description={t('documents.requisites.placeHint')}
          value={place}
          onChange={(event) => set('place', event.currentTarget.value)}
        />
        <DateField
          label={t('documents.requisites.date')}
          value={date}
          onChange={(value) => set('date', value)}
          clearable
          error={dateValid ? undefined : t('documents.requisites.dateInvalid')}
        />
        <TextInput
          label={t('documents.requisites.number')}
          value={number}
          maxLength={100}
          onChange={(event) => set('number', event.currentTarget.value)}
        />
      </SimpleGrid>
      <Switch
        label={t('documents.requisites.approval')}
        checked={approvalOn}
        onChange={(event) => set('approvalOn', event.currentTarget.checked)}
      />
      {approvalOn && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('documents.requisites.approver')}
            value={approver}
            onChange={(event) => set('approver', event.currentTarget.value)}
          />
          <TextInput
            label={t('documents.requisites.approverName')}
            description={t('documents.requisites.approverNameHint')}
            value={approverName}
            onChange={(event) => set('approverName', event.currentTarget.value)}
          />
        </SimpleGrid>
      )}
      <Group>
        <Button variant="default" onClick={() => void save()} loading={saving.pending} disabled={!dateValid}>
          {t('documents.requisites.save')}
        </Button>
      </Group>
    </EditorSection>
  );
}
