import { nowIso } from '../clock';
import { db } from '../database';
import type { StoredDraft } from './storedDraft';

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
  await db.drafts.put({ key, value, updatedAt, ...(basedOn === undefined ? {} : { basedOn }) });
  return updatedAt;
}

/** Forgets a draft: it was saved or discarded. */
export async function removeDraft(key: string): Promise<void> {
  await db.drafts.delete(key);
}

/** Every draft whose key starts with `prefix` (the Translation screen keeps one per text). */
export async function readDraftsStartingWith(prefix: string): Promise<StoredDraft[]> {
  return db.drafts.where('key').startsWith(prefix).toArray();
}
