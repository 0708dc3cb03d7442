import { useState } from 'react';
import { TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isBlankTerm, saveGlossaryTerm } from '../../../db/glossary';
import { LANGUAGES, type GlossaryTerm, type LocalizedText } from '../../../domain/entities';
import { FormModal, type SubmitResult } from '../../../ui/FormModal';
import { lengthProps } from '../../../ui/lengthLimit';
import { useSaveAction } from '../../../ui/useSaveAction';

interface Props {
  tourId: string;
  /** The term edited (an agreed one, or one proposed from the tour's names); null: a new term. */
  term: GlossaryTerm | null;
  /** Whether `term` is stored in the glossary (else it is proposed, and saving agrees it). */
  stored: boolean;
  onClose(): void;
}

/** Adds or edits one term of the tour's glossary: its wording in each language and a note. */
export function GlossaryTermForm({ tourId, term, stored, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveAction();
  const [text, setText] = useState<LocalizedText>(term?.text ?? {});
  const [note, setNote] = useState(term?.note ?? '');
  const [blank, setBlank] = useState(false);
  const changed =
    note !== (term?.note ?? '') ||
    LANGUAGES.some((language) => (text[language] ?? '') !== (term?.text[language] ?? ''));

  const submit = async (): Promise<SubmitResult> => {
    const empty = isBlankTerm({ text });
    setBlank(empty);
    if (empty) return { invalid: 1 };
    const outcome = await save.run(
      () => saveGlossaryTerm(tourId, { ...(term && stored ? { id: term.id } : {}), text, note }),
      { success: t('glossary.saved') },
    );
    return { saved: outcome.ok };
  };

  return (
    <FormModal
      title={t(term && stored ? 'glossary.form.titleEdit' : 'glossary.form.titleNew')}
      changed={changed}
      saving={save.pending}
      onSubmit={submit}
      onClose={onClose}
    >
      {LANGUAGES.map((language, index) => (
        <TextInput
          key={language}
          lang={language}
          label={t(`glossary.form.wordingIn.${language}`)}
          {...lengthProps(t, text[language] ?? '', 'title')}
          value={text[language] ?? ''}
          onChange={(event) => setText({ ...text, [language]: event.currentTarget.value })}
          error={index === 0 && blank ? t('glossary.form.blank') : undefined}
          data-autofocus={index === 0 ? true : undefined}
        />
      ))}
      <Textarea
        label={t('glossary.form.note')}
        {...lengthProps(t, note, 'title', t('glossary.form.noteHint'))}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </FormModal>
  );
}
