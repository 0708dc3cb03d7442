import { Box, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormActions } from './FormActions';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../i18n/formatters';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { DraftOffer } from './DraftOffer';
import { hideConfirmations } from './confirmations';

/** What a form's submit did: found problems to fix (their number), saved, or failed to save. */
export type SubmitResult = { invalid: number } | { saved: boolean };

/** The draft of the form's input, as db/drafts' `useFormDraft` keeps it. */
export interface FormModalDraft {
  status: 'checking' | 'offered' | 'editing';
  offeredAt: string | null;
  savedAt: string | null;
  dirty: boolean;
  continueDraft(): void;
  discardDraft(): void;
  flush(): Promise<void>;
  forget(): Promise<void>;
}

interface Props {
  title: string;
  size?: string;
  /** Without a draft the frame still asks before changes are thrown away. */
  draft?: FormModalDraft;
  /** Changes the draft does not hold (photos chosen): closing then asks too. */
  changed?: boolean;
  saving: boolean;
  submitLabel?: string;
  onSubmit(): Promise<SubmitResult>;
  onClose(): void;
  children: ReactNode;
}

/**
 * The frame of every form dialog. It offers a kept draft before the fields, keeps the input
 * when the dialog is closed by Escape, a click outside or ×, asks "Keep editing / Discard" when
 * Cancel would throw changes away, and after a failed Save brings the first invalid field into
 * view, focuses it and announces how many fields need attention.
 */
export function FormModal({
  title,
  size,
  draft,
  changed,
  saving,
  submitLabel,
  onSubmit,
  onClose,
  children,
}: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  // "Contact saved" of the last form is done with: it would cover this one's Save button.
  useEffect(hideConfirmations, []);
  const form = useRef<HTMLFormElement>(null);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [invalid, setInvalid] = useState(0);
  const [focusRequest, setFocusRequest] = useState(0);
  const dirty = (draft?.dirty ?? false) || changed === true;

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.scrollIntoView({ block: 'center' });
    first?.focus();
  }, [focusRequest]);

  // The dialog opens with the focus in its first field (or the one marked data-autofocus), so typing
  // starts at once; also when the form appears after a draft was checked or taken up. Marking the
  // field keeps Mantine's focus trap, which runs a moment later, from moving focus to the × button.
  const editing = draft === undefined || draft.status === 'editing';
  useLayoutEffect(() => {
    const element = form.current;
    if (!editing || !element || element.contains(document.activeElement)) return;
    const first =
      element.querySelector<HTMLElement>('[data-autofocus]') ??
      element.querySelector<HTMLElement>(
        'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])',
      );
    if (!first) return;
    first.setAttribute('data-autofocus', '');
    first.focus();
  }, [editing]);

  useEffect(() => {
    if (confirming) keepEditing.current?.focus();
  }, [confirming]);

  // Escape, a click outside, ×: easy to do by mistake, so nothing is lost — the draft stays.
  const dismiss = () => {
    if (!draft) {
      if (dirty) setConfirming(true);
      else onClose();
      return;
    }
    void draft.flush();
    // Photos chosen are not part of a draft: closing would drop them, so ask (and say nothing yet
    // about a draft kept: the answer may be Discard, and a notice would cover the question).
    if (changed) {
      setConfirming(true);
      return;
    }
    if (draft.dirty) notifications.show({ message: t('forms.draft.kept') });
    onClose();
  };
  const cancel = () => (dirty ? setConfirming(true) : onClose());
  const discard = async () => {
    await draft?.forget();
    onClose();
  };

  // One Save at a time, whatever the form does before it writes (photos still being read…): the
  // `saving` state alone did not stop it — Enter pressed twice saved a new contact twice.
  const submitting = useRef(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting.current || saving) return;
    if (draft?.status !== undefined && draft.status !== 'editing') return;
    submitting.current = true;
    try {
      const result = await onSubmit();
      if ('invalid' in result) {
        setInvalid(result.invalid);
        if (result.invalid > 0) setFocusRequest((request) => request + 1);
        return;
      }
      setInvalid(0);
      if (!result.saved) return;
      await draft?.forget();
      onClose();
    } finally {
      submitting.current = false;
    }
  };

  let body: ReactNode;
  if (draft?.status === 'checking') body = <Loader aria-label={t('common.loading')} />;
  else if (draft?.status === 'offered') {
    body = <DraftOffer draft={draft} />;
  } else {
    body = (
      // noValidate: our own messages, in the interface language, replace the browser's.
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          {children}
          <Box aria-live="assertive" aria-atomic="true">
            {invalid > 0 && (
              <Text c="red" size="sm">
                {t('forms.invalidCount', { count: invalid })}
              </Text>
            )}
          </Box>
          {confirming ? (
            <Group justify="flex-end">
              <Text size="sm">{t('forms.discardQuestion')}</Text>
              <Button ref={keepEditing} variant="default" onClick={() => setConfirming(false)}>
                {t('forms.keepEditing')}
              </Button>
              <Button color="red" onClick={() => void discard()}>
                {t('forms.discard')}
              </Button>
            </Group>
          ) : (
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {draft?.savedAt
                  ? t('forms.draft.savedAt', { time: formatMoment(draft.savedAt, language) })
                  : ''}
              </Text>
              <FormActions onCancel={cancel} saving={saving} submitLabel={submitLabel} />
            </Group>
          )}
        </Stack>
      </form>
    );
  }

  return (
    <Modal opened onClose={dismiss} size={size} title={title}>
      {body}
    </Modal>
  );
}
