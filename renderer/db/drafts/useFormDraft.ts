import { useCallback, useEffect, useRef, useState } from 'react';
import { keepDraftsAtOnce, readDraft, removeDraft, writeDraft } from './drafts';
import { sameValues } from './sameValues';
import type { StoredDraft } from './storedDraft';

/** How long typing pauses before the draft is written: a crash loses at most this much. */
export const DRAFT_DELAY_MS = 400;

export type DraftStatus = 'checking' | 'offered' | 'editing';

/** What a form (and the form frame in ui/FormModal) does with its draft. */
export interface FormDraft<B = unknown> {
  /** `checking` while the stored draft is looked up; `offered` until the user continues or discards it. */
  status: DraftStatus;
  /** When the offered draft was written. */
  offeredAt: string | null;
  /** When the current input was last kept as a draft; null when nothing differs from the record. */
  savedAt: string | null;
  /** Whether the input differs from what the form opened with. */
  dirty: boolean;
  /**
   * What the input is typed on, to save against (ui/useSaveAction): what the form opened on, or
   * when a draft of an earlier session was continued, what that draft was typed on.
   */
  basedOn: B | undefined;
  continueDraft(): void;
  discardDraft(): void;
  /** Writes what waits for the pause in typing (the form is closing). */
  flush(): Promise<void>;
  /** Removes the draft and keeps no more: the input was saved, or the user discarded it. */
  forget(): Promise<void>;
}

/** Old drafts may lack fields a newer form has: what the form opened with fills them. */
function merged<T>(pristine: T, stored: unknown): T {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
  return isObject(pristine) && isObject(stored) ? ({ ...pristine, ...stored } as T) : (stored as T);
}

/**
 * Keeps a form's input in the `drafts` table as the user types (after a short pause), so that
 * Escape, a click outside, a reload or a crash loses nothing. When the form opens and a draft
 * differs from the record, the draft is offered (`status: 'offered'`) and `restore` receives it
 * if the user continues. `pristine` is what the form opened with and `openedOn` the version of
 * the record it was opened on (both read once); the draft keeps the latter beside the input.
 */
export function useFormDraft<T, B = unknown>(
  key: string,
  values: T,
  pristine: T,
  restore: (values: T) => void,
  openedOn?: B,
): FormDraft<B> {
  const [status, setStatus] = useState<DraftStatus>('checking');
  const [offered, setOffered] = useState<StoredDraft | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [opening] = useState(() => pristine);
  const [opened] = useState(() => openedOn);
  const [basedOn, setBasedOn] = useState(opened);
  const waiting = useRef<{ value: T } | null>(null);
  const finished = useRef(false);

  useEffect(() => {
    let live = true;
    readDraft(key).then(
      (stored) => {
        if (!live) return;
        if (stored && !sameValues(merged(opening, stored.value), opening)) {
          setOffered(stored);
          setStatus('offered');
        } else setStatus('editing');
      },
      (cause: unknown) => {
        console.error(cause);
        if (live) setStatus('editing');
      },
    );
    return () => {
      live = false;
    };
  }, [key, opening]);

  /** Takes what waits for the pause in typing: nothing when nothing waits or the form is done. */
  const takeWaiting = useCallback((): { value: T } | null => {
    const next = waiting.current;
    waiting.current = null;
    return finished.current ? null : next;
  }, []);

  const write = useCallback(async () => {
    const next = takeWaiting();
    if (!next) return;
    try {
      if (sameValues(next.value, opening)) {
        await removeDraft(key);
        setSavedAt(null);
      } else setSavedAt(await writeDraft(key, next.value, basedOn));
    } catch (cause) {
      // A full disk must not break typing; the form still saves normally.
      console.error(cause);
    }
  }, [key, opening, basedOn, takeWaiting]);

  useEffect(() => {
    if (status !== 'editing' || finished.current) return;
    waiting.current = { value: values };
    const timer = setTimeout(() => void write(), DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, status, write]);

  // Closing the form writes at once what waits for the pause; closing or reloading the window
  // too, committed before the page goes (see keepDraftsAtOnce).
  useEffect(() => {
    const keepBeforeThePageGoes = () => {
      const next = takeWaiting();
      if (!next) return;
      const unchanged = sameValues(next.value, opening);
      keepDraftsAtOnce([{ key, value: unchanged ? undefined : next.value, basedOn }]);
    };
    window.addEventListener('pagehide', keepBeforeThePageGoes);
    return () => {
      window.removeEventListener('pagehide', keepBeforeThePageGoes);
      void write();
    };
  }, [write, takeWaiting, key, opening, basedOn]);

  const continueDraft = useCallback(() => {
    if (offered) restore(merged(opening, offered.value));
    // A draft of before bases kept no version: the version opened on is the best guess left.
    if (offered?.basedOn !== undefined) setBasedOn(offered.basedOn as B);
    setSavedAt(offered?.updatedAt ?? null);
    setOffered(null);
    setStatus('editing');
  }, [offered, opening, restore]);

  const discardDraft = useCallback(() => {
    setBasedOn(opened);
    setOffered(null);
    setStatus('editing');
    void removeDraft(key).catch((cause: unknown) => console.error(cause));
  }, [key, opened]);

  const forget = useCallback(async () => {
    finished.current = true;
    waiting.current = null;
    setSavedAt(null);
    await removeDraft(key);
  }, [key]);

  return {
    status,
    offeredAt: offered?.updatedAt ?? null,
    savedAt,
    dirty: status === 'editing' && !sameValues(values, opening),
    basedOn,
    continueDraft,
    discardDraft,
    flush: write,
    forget,
  };
}

/**
 * A form's values with their draft: what most forms need in one line. `opening` computes the
 * values the form opens with (the record's, or a new record's defaults), once; `openedOn` is
 * the version they come from (the record edited, undefined for a new one): see `basedOn`.
 */
export function useDraftedState<T, B = unknown>(key: string, opening: () => T, openedOn?: B) {
  const [pristine] = useState(opening);
  const [values, setValues] = useState<T>(pristine);
  const draft = useFormDraft(key, values, pristine, setValues, openedOn);
  return { values, setValues, draft };
}
