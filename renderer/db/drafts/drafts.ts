import Dexie from 'dexie';
import { nowIso } from '../clock';
import { db } from '../database';
import type { StoredDraft } from './storedDraft';

/** A draft as the table keeps it (no `basedOn` when there is none). */
function storedDraft({ key, value, basedOn }: DraftChange, updatedAt: string): StoredDraft {
  return { key, value, updatedAt, ...(basedOn === undefined ? {} : { basedOn }) };
}

/** The stored draft of a form, if any. */
export async function readDraft(key: string): Promise<StoredDraft | undefined> {
  return db.drafts.get(key);
}

/** A draft to keep: `value` undefined forgets it (nothing differs any more). */
export interface DraftChange {
  key: string;
  value: unknown;
  basedOn?: unknown;
}

/**
 * Writes drafts in one transaction whose commit is asked for at once, in the same task: left to
 * commit by itself, a transaction commits only after its writes have answered, a turn of the
 * event loop a closing or reloading window may not get — a reload right after the last keystroke
 * lost that keystroke, or the whole draft when its write had just begun. Resolves with the time
 * the drafts were written.
 */
function commitDrafts(changes: readonly DraftChange[]): Promise<string> {
  const updatedAt = nowIso();
  const kept = changes.filter((change) => change.value !== undefined);
  const forgotten = changes.filter((change) => change.value === undefined).map((change) => change.key);
  // A transaction of its own even when called inside another: committing that one early would
  // end the caller's transaction.
  return Dexie.ignoreTransaction(() =>
    db.transaction('rw', db.drafts, async (transaction) => {
      const writes = [
        kept.length > 0 ? db.drafts.bulkPut(kept.map((change) => storedDraft(change, updatedAt))) : null,
        forgotten.length > 0 ? db.drafts.bulkDelete(forgotten) : null,
      ];
      transaction.idbtrans.commit();
      await Promise.all(writes);
    }),
  ).then(() => updatedAt);
}

/**
 * Keeps `value` as the draft of `key` (typed on `basedOn`), replacing the one before. Returns
 * when it was written.
 */
export function writeDraft(key: string, value: unknown, basedOn?: unknown): Promise<string> {
  return commitDrafts([{ key, value, basedOn }]);
}

/** Keeps drafts as the window closes (`pagehide`): nothing can wait for the answer then. */
export function keepDraftsAtOnce(changes: readonly DraftChange[]): void {
  if (changes.length === 0) return;
  commitDrafts(changes).catch((cause: unknown) => console.error(cause));
}

/** Forgets a draft: it was saved or discarded. */
export async function removeDraft(key: string): Promise<void> {
  await commitDrafts([{ key, value: undefined }]);
}

/** Every draft whose key starts with `prefix` (the Translation screen keeps one per text). */
export async function readDraftsStartingWith(prefix: string): Promise<StoredDraft[]> {
  return db.drafts.where('key').startsWith(prefix).toArray();
}
