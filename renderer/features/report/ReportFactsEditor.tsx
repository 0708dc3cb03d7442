import { useState } from 'react';
import { Button, Group, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSaveAction } from '../../ui/useSaveAction';
import { updateTour } from '../../db/tours';
import type { Language, Tour } from '../../domain/entities';
import { withText } from '../../domain/localizedText';
import { DateField } from '../../ui/DateField';
import { lengthProps } from '../../ui/lengthLimit';
import { EditorSection } from './EditorSection';

/**
 * What the report's introduction says about the tour besides its purpose: the act that sent the
 * delegation (its title per document language, its date and number), the funding, the supporting
 * organisations and a short summary of the terms of reference. Stored on the tour, so backups and
 * exchange carry them; the texts are also on the Translation screen. The parent keys this editor
 * by tour and language, so a switch starts from what is stored.
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
  const [act, setAct] = useState(tour.legalBasisAct?.[language] ?? '');
  const [date, setDate] = useState(tour.legalBasis?.date ?? '');
  const [number, setNumber] = useState(tour.legalBasis?.number ?? '');
  const [funding, setFunding] = useState(tour.funding?.[language] ?? '');
  const [supportedBy, setSupportedBy] = useState(tour.supportedBy[language] ?? '');
  const [summary, setSummary] = useState(tour.termsSummary?.[language] ?? '');
  const saving = useSaveAction();
  const dateValid = date === '' || /^\d{4}-\d{2}-\d{2}$/.test(date);

  const save = async () => {
    await saving.run(
      // Written over the stored record: fields this editor does not show are kept as they are now.
      () =>
        updateTour(tour.id, (current) => ({
          ...current,
          legalBasisAct: withText(current.legalBasisAct ?? {}, language, act),
          legalBasis: { date, number: number.trim() },
          funding: withText(current.funding ?? {}, language, funding),
          supportedBy: withText(current.supportedBy, language, supportedBy),
          termsSummary: withText(current.termsSummary ?? {}, language, summary),
        })),
      { success: t('report.facts.saved') },
    );
  };

  return (
    <EditorSection
      id="documents-report-facts"
      title={t('report.facts.title')}
      intro={t('report.facts.intro', { language: languageName })}
    >
      <TextInput
        label={t('report.facts.legalBasisAct')}
        {...lengthProps(t, act, 'title', t('report.facts.legalBasisActHint'))}
        value={act}
        onChange={(event) => setAct(event.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('report.facts.legalBasisDate')}
          value={date}
          onChange={setDate}
          clearable
          error={dateValid ? undefined : t('report.facts.dateInvalid')}
        />
        <TextInput
          label={t('report.facts.legalBasisNumber')}
          value={number}
          maxLength={100}
          onChange={(event) => setNumber(event.currentTarget.value)}
        />
      </SimpleGrid>
      <TextInput
        label={t('report.facts.funding')}
        {...lengthProps(t, funding, 'title', t('report.facts.fundingHint'))}
        value={funding}
        onChange={(event) => setFunding(event.currentTarget.value)}
      />
      <TextInput
        label={t('report.facts.supportedBy')}
        {...lengthProps(t, supportedBy, 'title')}
        value={supportedBy}
        onChange={(event) => setSupportedBy(event.currentTarget.value)}
      />
      <Textarea
        label={t('report.facts.termsSummary')}
        {...lengthProps(t, summary, 'text')}
        autosize
        minRows={3}
        maxRows={10}
        value={summary}
        onChange={(event) => setSummary(event.currentTarget.value)}
      />
      <Group>
        <Button variant="default" onClick={() => void save()} loading={saving.pending} disabled={!dateValid}>
          {t('report.facts.save')}
        </Button>
      </Group>
    </EditorSection>
  );
}
