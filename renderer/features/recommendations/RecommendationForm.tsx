import { useState } from 'react';
import { MultiSelect, NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { draftKey, useDraftedState } from '../../db/drafts';
import { basisOf, type SaveBasis } from '../../domain/merge';
import { DraftProblemsError, saveRecommendation, type RecommendationDraft } from '../../db/findings';
import {
  HORIZONS,
  PRIORITIES,
  type Finding,
  type Language,
  type Recommendation,
  type KeyPoint,
} from '../../domain/entities';
import {
  keyPointsOfFindings,
  proposeKeyPoints,
  recommendationKeyPoints,
  recommendationProblems,
  sortByOrder,
  type FieldProblems,
} from '../../domain/findings';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { localized } from '../../domain/names/recordLabels';
import { cleanText } from '../../domain/localizedDraft';
import { TextLanguageSelect } from '../../ui/TextLanguageSelect';
import { longOptionsProps } from '../../ui/longOptions';
import { FormModal, type SubmitResult } from '../../ui/FormModal';
import { LocalizedTextInput } from '../../ui/LocalizedTextInput';
import { useSaveAction } from '../../ui/useSaveAction';
import { TermInput, termDraftOf, termOfDraft, type TermDraft, type TermProblem } from './TermInput';
import { AuthorshipLine, ChangeHistory } from '../../ui/Authorship';
import { ReviewBadge } from '../../ui/ReviewPanel';
import { useTourRecordsOf } from '../../db/queries/tourRecords';

const DELEGATES = ['delegates'] as const;

type Fields = Omit<RecommendationDraft, 'tourId'>;

interface Props {
  tourId: string;
  recommendation: Recommendation | null;
  /** For a new recommendation proposed from a finding: the findings it is based on. */
  initialFindingIds: readonly string[];
  findings: readonly Finding[];
  /** The tour's key points, offered for the recommendation to belong to. */
  keyPoints: readonly KeyPoint[];
  onClose(): void;
}

/** Create or edit a recommendation; a new one is added at the end of the numbered list. */
export function RecommendationForm({
  tourId,
  recommendation,
  initialFindingIds,
  findings,
  keyPoints,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [language, setWritingLanguage] = useState<Language>(uiLanguage);
  const { delegates } = useTourRecordsOf(tourId, DELEGATES);
  const {
    values: fields,
    setValues: setFields,
    draft: kept,
  } = useDraftedState<Fields, SaveBasis>(
    draftKey('recommendation', recommendation ?? { newIn: tourId }),
    () =>
      recommendation
        ? // A record from before key points were chosen starts with those of its findings.
          { ...recommendation, themeIds: recommendationKeyPoints(recommendation, findings) }
        : {
            text: {},
            findingIds: [...initialFindingIds],
            themeIds: keyPointsOfFindings(initialFindingIds, findings),
            priority: 'medium',
            horizon: 'medium',
            term: null,
            expectedResult: {},
            responsible: {},
            status: 'draft',
          },
    recommendation ? basisOf(recommendation) : undefined,
  );
  const [problems, setProblems] = useState<FieldProblems<'text'>>({});
  // The term's fields as typed (a half-written year too); the record gets the term they describe.
  const [termDraft, setTermDraft] = useState<TermDraft>(() =>
    termDraftOf(fields.term, new Date().getFullYear()),
  );
  const [termProblem, setTermProblem] = useState<TermProblem>();
  const changeTerm = (next: TermDraft) => {
    setTermDraft(next);
    const parsed = termOfDraft(next);
    if ('term' in parsed) set('term', parsed.term);
    if (termProblem && !('problem' in parsed)) setTermProblem(undefined);
  };
  const save = useSaveAction();
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) =>
    setFields((old) => ({ ...old, [key]: value }));

  const submit = async (): Promise<SubmitResult> => {
    const term = termOfDraft(termDraft);
    setTermProblem('problem' in term ? term.problem : undefined);
    const draft: RecommendationDraft = {
      ...fields,
      tourId,
      text: cleanText(fields.text),
      responsible: cleanText(fields.responsible),
      expectedResult: cleanText(fields.expectedResult ?? {}),
      term: 'term' in term ? term.term : null,
    };
    const found = recommendationProblems(draft);
    setProblems(found);
    const invalid = Object.keys(found).length + ('problem' in term ? 1 : 0);
    if (invalid > 0) return { invalid };
    let refused = 0;
    const outcome = await save.run((options) => saveRecommendation(draft, options), {
      success: t('recommendations.saved'),
      basedOn: kept.basedOn,
      handle: (cause) => {
        if (!(cause instanceof DraftProblemsError)) return false;
        setProblems(cause.problems);
        refused = Object.keys(cause.problems).length;
        return true;
      },
    });
    return refused > 0 ? { invalid: refused } : { saved: outcome.done };
  };

  return (
    <FormModal
      size="xl"
      title={recommendation ? t('recommendations.form.editTitle') : t('recommendations.form.newTitle')}
      draft={kept}
      saving={save.pending}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextLanguageSelect value={language} onChange={setWritingLanguage} />
      <LocalizedTextInput
        label={t('recommendations.form.text')}
        description={t('findings.form.textHint')}
        required
        multiline
        language={language}
        value={fields.text}
        onChange={(text) => set('text', text)}
        error={problems.text && t(`recommendations.errors.${problems.text}`)}
      />
      <MultiSelect
        label={t('recommendations.form.findings')}
        {...longOptionsProps(t, findings.length)}
        data={findings.map((finding) => ({
          value: finding.id,
          label: localized(finding.title, uiLanguage),
        }))}
        value={fields.findingIds}
        onChange={(ids) =>
          setFields((old) => ({
            ...old,
            findingIds: ids,
            // The key points of a finding just picked are proposed; the user may take them away.
            themeIds: proposeKeyPoints(old.themeIds ?? [], old.findingIds, ids, findings),
          }))
        }
      />
      <MultiSelect
        label={t('recommendations.keyPoints.label')}
        description={t('recommendations.keyPoints.hint')}
        data={sortByOrder(keyPoints).map((keyPoint, index) => ({
          value: keyPoint.id,
          label: `${index + 1}. ${localized(keyPoint.title, uiLanguage)}`,
        }))}
        value={fields.themeIds ?? []}
        onChange={(ids) => set('themeIds', ids)}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('recommendations.form.priority')}
          data={PRIORITIES.map((value) => ({ value, label: t(`recommendations.priorities.${value}`) }))}
          value={fields.priority}
          onChange={(event) => set('priority', event.currentTarget.value as Fields['priority'])}
        />
        <NativeSelect
          label={t('recommendations.form.horizon')}
          data={HORIZONS.map((value) => ({ value, label: t(`recommendations.horizons.${value}`) }))}
          value={fields.horizon}
          onChange={(event) => set('horizon', event.currentTarget.value as Fields['horizon'])}
        />
      </SimpleGrid>
      <TermInput value={termDraft} onChange={changeTerm} problem={termProblem} />
      <LocalizedTextInput
        label={t('recommendations.form.responsible')}
        language={language}
        value={fields.responsible}
        onChange={(responsible) => set('responsible', responsible)}
      />
      <LocalizedTextInput
        label={t('recommendations.expectedResult')}
        multiline
        language={language}
        value={fields.expectedResult ?? {}}
        onChange={(expectedResult) => set('expectedResult', expectedResult)}
      />
      {recommendation && (
        <>
          <ReviewBadge item={recommendation} />
          <AuthorshipLine record={recommendation} delegates={delegates} />
          <ChangeHistory changes={recommendation.changes} delegates={delegates} />
        </>
      )}
    </FormModal>
  );
}
