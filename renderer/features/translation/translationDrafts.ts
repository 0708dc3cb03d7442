import { useSyncExternalStore } from 'react';
import type { Language } from '../../domain/entities';

/**
 * Translations typed but not saved yet, by text and target language. They live outside the rows:
 * the list keeps only the rows near the window in the page, and a row scrolled away, a filter
 * changed or a visit to another screen must not lose what was typed (closing the app does).
 */
let drafts: ReadonlyMap<string, string> = new Map();
const listeners = new Set<() => void>();

export const draftKey = (fieldKey: string, target: Language) => `${target}:${fieldKey}`;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The draft of `key` becomes `value`, or goes (undefined); a new map, so React sees the change. */
function replaceDraft(key: string, value: string | undefined): void {
  if (drafts.get(key) === value) return;
  const next = new Map(drafts);
  if (value === undefined) next.delete(key);
  else next.set(key, value);
  drafts = next;
  for (const listener of listeners) listener();
}

/** Keeps `value` as the draft of `key`; a value equal to the stored text is no draft. */
export function setDraft(key: string, value: string, stored: string): void {
  replaceDraft(key, value === stored ? undefined : value);
}

/** Forgets the draft of `key` (it was saved). */
export function clearDraft(key: string): void {
  replaceDraft(key, undefined);
}

/** The drafts now; the component re-renders when one changes. */
export function useTranslationDrafts(): ReadonlyMap<string, string> {
  return useSyncExternalStore(subscribe, () => drafts);
}
