import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { draftKey, useDraftedState } from '../../db/drafts';
import { saveTranslation } from '../../db/findings';
import type { Language, Tour } from '../../domain/entities';
import { DraftOffer } from '../../ui/DraftOffer';
import { lengthProps } from '../../ui/lengthLimit';
import { useSaveAction } from '../../ui/useSaveAction';

/**
 * The conclusions of the report are the one text written here: on the tour, one version per
 * document language. Keyed by tour and language by the parent so a switch starts from what is stored.
 * What is typed is kept as a draft until saved, and offered when the screen is opened again.
 */
export function ConclusionsEditor(props: Props) {
  // A new stored text (this save, or one imported) starts the editor afresh from it; a draft
  // not saved yet stays in the drafts table and is offered again.
  return <ConclusionsText key={props.tour.conclusions[props.language] ?? ''} {...props} />;
}

interface Props {
  tour: Tour;
  language: Language;
  languageName: string;
}

function ConclusionsText({ tour, language, languageName }: Props) {
  const { t } = useTranslation();
  const stored = tour.conclusions[language] ?? '';
  // Saved against the text typed over: the tour's other fields may change meanwhile, this one not unseen.
  const { values, setValues, draft } = useDraftedState(
    draftKey('conclusions', { id: `${tour.id}:${language}` }),
    () => stored,
    stored,
  );
  const saving = useSaveAction();

  const save = async () => {
    const outcome = await saving.run(
      (options) =>
        saveTranslation({ kind: 'tour', recordId: tour.id, field: 'conclusions' }, language, values, {
          typedOver: draft.basedOn ?? stored,
          ...options,
        }),
      { success: t('report.conclusions.saved') },
    );
    if (outcome.done) await draft.forget();
  };

  if (draft.status === 'offered') {
    return (
      <DraftOffer
        offeredAt={draft.offeredAt}
        onContinue={draft.continueDraft}
        onDiscard={draft.discardDraft}
      />
    );
  }
  return (
    <Stack gap="xs">
      <Textarea
        label={t('report.conclusions.label', { language: languageName })}
        {...lengthProps(t, values, 'text', t('report.conclusions.hint'))}
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
          {t('report.conclusions.save')}
        </Button>
      </Group>
    </Stack>
  );
}
