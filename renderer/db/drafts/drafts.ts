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

/**
 * Keeps `value` as the draft of `key` (typed on `basedOn`), replacing the one before. Returns
 * when it was written.
 */
export async function writeDraft(key: string, value: unknown, basedOn?: unknown): Promise<string> {
  const updatedAt = nowIso();
  await db.drafts.put(storedDraft({ key, value, basedOn }, updatedAt));
  return updatedAt;
}

/** A draft to keep as the window closes: `value` undefined forgets it (nothing differs any more). */
export interface DraftChange {
  key: string;
  value: unknown;
  basedOn?: unknown;
}

/**
 * Keeps drafts while the window is closing or reloading (`pagehide`): one transaction whose
 * commit is asked for at once. `writeDraft`'s transaction commits only after its write has
 * answered, a turn of the event loop a closing page may not get: a reload right after the last
 * keystroke lost that keystroke. A database not open yet (or locked) keeps what it has.
 */
export function keepDraftsAtOnce(changes: readonly DraftChange[]): void {
  if (changes.length === 0) return;
  const updatedAt = nowIso();
  const kept = changes.filter((change) => change.value !== undefined);
  const forgotten = changes.filter((change) => change.value === undefined).map((change) => change.key);
  const failed = (cause: unknown) => console.error(cause);
  db.transaction('rw', db.drafts, (transaction) => {
    if (kept.length > 0)
      db.drafts.bulkPut(kept.map((change) => storedDraft(change, updatedAt))).catch(failed);
    if (forgotten.length > 0) db.drafts.bulkDelete(forgotten).catch(failed);
    transaction.idbtrans.commit();
  }).catch(failed);
}

/** Forgets a draft: it was saved or discarded. */
export async function removeDraft(key: string): Promise<void> {
  await db.drafts.delete(key);
}

/** Every draft whose key starts with `prefix` (the Translation screen keeps one per text). */
export async function readDraftsStartingWith(prefix: string): Promise<StoredDraft[]> {
  return db.drafts.where('key').startsWith(prefix).toArray();
}
