import { useSyncExternalStore } from 'react';
import {
  keepDraftsAtOnce,
  readDraftsStartingWith,
  removeDraft,
  writeDraft,
  type DraftChange,
} from '../../db/drafts';
import type { Language } from '../../domain/entities';

/**
 * Translations typed but not saved yet, by text and target language. They live outside the rows:
 * the list keeps only the rows near the window in the page, and a row scrolled away, a filter
 * changed or a visit to another screen must not lose what was typed. They are also written to
 * the drafts table (after a pause in typing), so closing the app or a crash loses nothing either.
 */
let drafts: ReadonlyMap<string, string> = new Map();
/** The stored translation each draft was typed over (kept beside it in the drafts table). */
const bases = new Map<string, string>();
const listeners = new Set<() => void>();

/** Keys in the drafts table: one prefix, so the screen reads all its drafts at once. */
const STORED_PREFIX = 'translation:';
const PERSIST_DELAY_MS = 400;
const waiting = new Map<string, ReturnType<typeof setTimeout>>();
let loading: Promise<void> | null = null;

export const draftKey = (fieldKey: string, target: Language) => `${target}:${fieldKey}`;

function publish(next: ReadonlyMap<string, string>): void {
  drafts = next;
  for (const listener of listeners) listener();
}

/** Reads the drafts kept before the app was closed, once; what was typed since wins. */
function loadStored(): Promise<void> {
  loading ??= readDraftsStartingWith(STORED_PREFIX).then(
    (stored) => {
      const next = new Map(drafts);
      for (const draft of stored) {
        const key = draft.key.slice(STORED_PREFIX.length);
        if (next.has(key) || typeof draft.value !== 'string') continue;
        next.set(key, draft.value);
        if (typeof draft.basedOn === 'string') bases.set(key, draft.basedOn);
      }
      publish(next);
    },
    (cause: unknown) => console.error(cause),
  );
  return loading;
}

function persist(key: string): void {
  waiting.delete(key);
  const value = drafts.get(key);
  const stored = `${STORED_PREFIX}${key}`;
  const write = value === undefined ? removeDraft(stored) : writeDraft(stored, value, bases.get(key));
  write.catch((cause: unknown) => console.error(cause));
}

/** Keeps at once what waits for a pause in typing: the window is closing (see keepDraftsAtOnce). */
function persistWaiting(): void {
  const changes: DraftChange[] = [];
  for (const [key, timer] of waiting) {
    clearTimeout(timer);
    changes.push({ key: `${STORED_PREFIX}${key}`, value: drafts.get(key), basedOn: bases.get(key) });
  }
  waiting.clear();
  keepDraftsAtOnce(changes);
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', persistWaiting);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadStored();
  return () => listeners.delete(listener);
}

/** The draft of `key` becomes `value`, or goes (undefined); a new map, so React sees the change. */
function replaceDraft(key: string, value: string | undefined): void {
  if (drafts.get(key) === value) return;
  const next = new Map(drafts);
  if (value === undefined) next.delete(key);
  else next.set(key, value);
  publish(next);
  clearTimeout(waiting.get(key));
  waiting.set(
    key,
    setTimeout(() => persist(key), value === undefined ? 0 : PERSIST_DELAY_MS),
  );
}

/**
 * Keeps `value` as the draft of `key`; a value equal to the stored text is no draft. A new draft
 * is typed over `stored`: the save checks that it is still the stored text.
 */
export function setDraft(key: string, value: string, stored: string): void {
  const draft = value === stored ? undefined : value;
  if (draft === undefined) bases.delete(key);
  else if (!drafts.has(key)) bases.set(key, stored);
  replaceDraft(key, draft);
}

/** Forgets the draft of `key` (it was saved, or the text saved meanwhile was kept). */
export function clearDraft(key: string): void {
  bases.delete(key);
  replaceDraft(key, undefined);
}

/** The stored translation the draft of `key` was typed over; undefined without a draft. */
export function draftBase(key: string): string | undefined {
  return drafts.has(key) ? bases.get(key) : undefined;
}

/** The drafts now; the component re-renders when one changes. */
export function useTranslationDrafts(): ReadonlyMap<string, string> {
  return useSyncExternalStore(subscribe, () => drafts);
}

/** Tests: the drafts as if the app had just started (what is stored is read again). */
export function forgetLoadedTranslationDrafts(): void {
  persistWaiting();
  loading = null;
  bases.clear();
  publish(new Map());
}
