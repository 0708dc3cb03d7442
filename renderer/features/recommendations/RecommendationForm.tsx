import { useState } from 'react';
import { FormActions } from '../../ui/FormActions';
import { Modal, MultiSelect, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DraftProblemsError, saveRecommendation, type RecommendationDraft } from '../../db/findings';
import {
  HORIZONS,
  PRIORITIES,
  RECOMMENDATION_STATUSES,
  type Finding,
  type Language,
  type Recommendation,
} from '../../domain/entities';
import { hasProblems, recommendationProblems, type FieldProblems } from '../../domain/findings';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { localized } from '../../domain/names/recordLabels';
import { cleanText, setLanguage } from '../../domain/localizedDraft';
import { TextLanguageSelect } from '../../ui/TextLanguageSelect';
import { longOptionsProps } from '../../ui/longOptions';

type Fields = Omit<RecommendationDraft, 'tourId'>;

interface Props {
  tourId: string;
  recommendation: Recommendation | null;
  /** For a new recommendation proposed from a finding: the findings it is based on. */
  initialFindingIds: readonly string[];
  findings: readonly Finding[];
  onClose(): void;
}

/** Create or edit a recommendation; a new one is added at the end of the numbered list. */
export function RecommendationForm({ tourId, recommendation, initialFindingIds, findings, onClose }: Props) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [language, setWritingLanguage] = useState<Language>(uiLanguage);
  const [fields, setFields] = useState<Fields>(() =>
    recommendation
      ? { ...recommendation }
      : {
          text: {},
          findingIds: [...initialFindingIds],
          priority: 'medium',
          horizon: 'medium',
          responsible: {},
          status: 'draft',
        },
  );
  const [problems, setProblems] = useState<FieldProblems<'text'>>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) =>
    setFields((old) => ({ ...old, [key]: value }));

  const submit = async () => {
    const draft: RecommendationDraft = {
      ...fields,
      tourId,
      text: cleanText(fields.text),
      responsible: cleanText(fields.responsible),
    };
    const found = recommendationProblems(draft);
    setProblems(found);
    if (hasProblems(found)) return;
    setSaving(true);
    try {
      await saveRecommendation(draft);
      notifications.show({ color: 'green', message: t('recommendations.saved') });
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

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={recommendation ? t('recommendations.form.editTitle') : t('recommendations.form.newTitle')}
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
          <Textarea
            label={t('recommendations.form.text')}
            description={t('findings.form.textHint')}
            required
            autosize
            minRows={3}
            value={fields.text[language] ?? ''}
            onChange={(event) => set('text', setLanguage(fields.text, language, event.currentTarget.value))}
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
            onChange={(ids) => set('findingIds', ids)}
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
            <NativeSelect
              label={t('recommendations.form.status')}
              data={RECOMMENDATION_STATUSES.map((value) => ({
                value,
                label: t(`recommendations.statuses.${value}`),
              }))}
              value={fields.status}
              onChange={(event) => set('status', event.currentTarget.value as Fields['status'])}
            />
          </SimpleGrid>
          <TextInput
            label={t('recommendations.form.responsible')}
            value={fields.responsible[language] ?? ''}
            onChange={(event) =>
              set('responsible', setLanguage(fields.responsible, language, event.currentTarget.value))
            }
          />
          <FormActions onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </Modal>
  );
}
