import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { draftKey, useDraftedState } from '../../db/drafts';
import { saveTranslation } from '../../db/findings';
import type { Language, LocalizedText, KeyPoint, Tour } from '../../domain/entities';
import { DraftOffer } from '../../ui/DraftOffer';
import { lengthProps } from '../../ui/lengthLimit';
import { useSaveAction } from '../../ui/useSaveAction';

/**
 * The general conclusions of the report: on the tour, one version per document language. Keyed by
 * tour and language by the parent so a switch starts from what is stored.
 */
export function ConclusionsEditor({ tour, language, languageName }: Props) {
  const { t } = useTranslation();
  return (
    <ConclusionsOf
      target={{ kind: 'tour', recordId: tour.id }}
      text={tour.conclusions}
      language={language}
      label={t('documents.conclusions.label', { language: languageName })}
      saveLabel={t('documents.conclusions.save')}
    />
  );
}

interface Props {
  tour: Tour;
  language: Language;
  languageName: string;
}

/** The conclusions on one key point, in the document language: its chapter of the report ends with them. */
export function KeyPointConclusionsEditor({
  keyPoint,
  number,
  language,
  languageName,
}: {
  keyPoint: KeyPoint;
  number: number;
  language: Language;
  languageName: string;
}) {
  const { t } = useTranslation();
  return (
    <ConclusionsOf
      target={{ kind: 'theme', recordId: keyPoint.id }}
      text={keyPoint.conclusions ?? {}}
      language={language}
      label={t('documents.keyPointConclusions.label', { number, language: languageName })}
      saveLabel={t('documents.keyPointConclusions.save', { number })}
    />
  );
}

interface TextProps {
  target: { kind: 'tour' | 'theme'; recordId: string };
  text: LocalizedText;
  language: Language;
  label: string;
  saveLabel: string;
}

/**
 * Conclusions (general, or on a key point) in one language. What is typed is kept as a draft
 * until saved, and offered when the screen is opened again.
 */
function ConclusionsOf(props: TextProps) {
  // A new stored text (this save, or one imported) starts the editor afresh from it; a draft
  // not saved yet stays in the drafts table and is offered again.
  return <ConclusionsText key={props.text[props.language] ?? ''} {...props} />;
}

function ConclusionsText({ target, text, language, label, saveLabel }: TextProps) {
  const { t } = useTranslation();
  const stored = text[language] ?? '';
  // Saved against the text typed over: the record's other fields may change meanwhile, this one not unseen.
  // The tour's draft keeps its old key, so a draft typed before this version is still offered.
  const draftId =
    target.kind === 'tour' ? `${target.recordId}:${language}` : `theme:${target.recordId}:${language}`;
  const { values, setValues, draft } = useDraftedState(
    draftKey('conclusions', { id: draftId }),
    () => stored,
    stored,
  );
  const saving = useSaveAction();

  const save = async () => {
    const outcome = await saving.run(
      (options) =>
        saveTranslation({ ...target, field: 'conclusions' }, language, values, {
          typedOver: draft.basedOn ?? stored,
          ...options,
        }),
      { success: t('documents.conclusions.saved') },
    );
    if (outcome.done) await draft.forget();
  };

  if (draft.status === 'offered') {
    return <DraftOffer draft={draft} />;
  }
  return (
    <Stack gap="xs">
      <Textarea
        label={label}
        {...lengthProps(t, values, 'text', t('documents.conclusions.hint'))}
        autosize
        minRows={3}
        maxRows={12}
        value={values}
        onChange={(event) => setValues(event.currentTarget.value)}
      />
      <Group>
        <Button
          variant="default"
          onClick={() => void save()}
          loading={saving.pending}
          disabled={values === stored}
        >
          {saveLabel}
        </Button>
      </Group>
    </Stack>
  );
}
