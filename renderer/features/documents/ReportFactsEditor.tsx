import { useState } from 'react';
import { Button, Group, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTourPartSave } from './useTourPartSave';
import type { Language, Tour } from '../../domain/entities';
import { withText } from '../../domain/localizedText';
import { DateField } from '../../ui/DateField';
import { lengthProps } from '../../ui/lengthLimit';
import { EditorSection } from './EditorSection';

/** What the editor shows of the tour, in one document language. */
interface Shown {
  act: string;
  date: string;
  number: string;
  funding: string;
  supportedBy: string;
  summary: string;
}

const shownOf = (tour: Tour, language: Language): Shown => ({
  act: tour.legalBasisAct?.[language] ?? '',
  date: tour.legalBasis?.date ?? '',
  number: tour.legalBasis?.number ?? '',
  funding: tour.funding?.[language] ?? '',
  supportedBy: tour.supportedBy[language] ?? '',
  summary: tour.termsSummary?.[language] ?? '',
});

/**
 * What the report's introduction says about the tour besides its purpose: the act that sent the
 * delegation (its title per document language, its date and number), the funding, the supporting
 * organisations and a short summary of the terms of reference. Stored on the tour, so backups and
 * exchange carry them; the texts are also on the Translation screen. The parent keys this editor
 * by tour and language, so a switch starts from what is stored. Saved against what it was opened
 * on: a change made meanwhile elsewhere is shown beside the user's, never overwritten unseen.
 */
export function ReportFactsEditor({
  tour,
  language,
  languageName,
}: {
  tour: Tour;
  language: Language;
  languageName: string;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(() => shownOf(tour, language));
  const { act, date, number, funding, supportedBy, summary } = shown;
  const set = (key: keyof Shown) => (value: string) => setShown((old) => ({ ...old, [key]: value }));
  const saving = useTourPartSave(tour, (stored) => shownOf(stored, language));
  const dateValid = date === '' || /^\d{4}-\d{2}-\d{2}$/.test(date);

  const save = async () => {
    // Written over the stored record: fields this editor does not show are kept as they are now.
    const now = await saving.save(
      (current) => ({
        ...current,
        legalBasisAct: withText(current.legalBasisAct ?? {}, language, act),
        legalBasis: { date, number: number.trim() },
        funding: withText(current.funding ?? {}, language, funding),
        supportedBy: withText(current.supportedBy, language, supportedBy),
        termsSummary: withText(current.termsSummary ?? {}, language, summary),
      }),
      t('documents.facts.saved'),
    );
    if (now) setShown(now);
  };

  return (
    <EditorSection
      id="documents-report-facts"
      title={t('documents.facts.title')}
      intro={t('documents.facts.intro', { language: languageName })}
    >
      <TextInput
        label={t('documents.facts.legalBasisAct')}
        {...lengthProps(t, act, 'title', t('documents.facts.legalBasisActHint'))}
        value={act}
        onChange={(event) => set('act')(event.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('documents.facts.legalBasisDate')}
          value={date}
          onChange={set('date')}
          clearable
          error={dateValid ? undefined : t('documents.facts.dateInvalid')}
        />
        <TextInput
          label={t('documents.facts.legalBasisNumber')}
          value={number}
          maxLength={100}
          onChange={(event) => set('number')(event.currentTarget.value)}
        />
      </SimpleGrid>
      <TextInput
        label={t('documents.facts.funding')}
        {...lengthProps(t, funding, 'title', t('documents.facts.fundingHint'))}
        value={funding}
        onChange={(event) => set('funding')(event.currentTarget.value)}
      />
      <TextInput
        label={t('documents.facts.supportedBy')}
        {...lengthProps(t, supportedBy, 'title')}
        value={supportedBy}
        onChange={(event) => set('supportedBy')(event.currentTarget.value)}
      />
      <Textarea
        label={t('documents.facts.termsSummary')}
        {...lengthProps(t, summary, 'text')}
        autosize
        minRows={3}
        maxRows={10}
        value={summary}
        onChange={(event) => set('summary')(event.currentTarget.value)}
      />
      <Group>
        <Button variant="default" onClick={() => void save()} loading={saving.pending} disabled={!dateValid}>
          {t('documents.facts.save')}
        </Button>
      </Group>
    </EditorSection>
  );
}
