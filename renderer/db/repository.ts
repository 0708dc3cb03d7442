import type { Table } from 'dexie';
import type { z } from 'zod';
import type { MetaKey, RecordMeta, Unlinked } from '../domain/entities';
import { db } from './database';
import { freshMeta, restamp } from './stamping';
import { deviceId } from './settings';
import { nowIso } from './clock';
import { currentDelegateId } from './identity';
import { SaveConflictError, isStillVersion, type SaveOptions } from '../domain/merge';
import {
  mayChangeTranslations,
  reconcileTranslationMeta,
  type TranslationIntent,
} from '../domain/translations';
import { reviewAfterEdit } from '../domain/review';

/** What a form hands to `save`: the record's own fields, with an id when it already exists. */
export type Draft<T extends RecordMeta> = Omit<T, MetaKey> & { id?: string };

export class RecordValidationError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(`Invalid record: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.name = 'RecordValidationError';
  }
}

export { SaveConflictError, type SaveOptions } from '../domain/merge';

/** A save's options, with what the caller says about the translations it writes (domain/translations). */
export interface RecordSaveOptions extends SaveOptions {
  translation?: TranslationIntent;
}

export interface Repository<T extends RecordMeta> {
  get(id: string): Promise<T | undefined>;
  /** Creates or updates, stamping a new version of this device, in one transaction. */
  save(draft: Draft<T>, options?: RecordSaveOptions): Promise<T>;
  /**
   * Saves many drafts as `save` does each, in one transaction, reading the stored records at once
   * and writing them at once (an imported file's translations): all of them, or none.
   */
  saveMany(writes: readonly { draft: Draft<T>; options?: RecordSaveOptions }[]): Promise<T[]>;
  /**
   * Leaves a tombstone (deletedAt) so the deletion travels in backups and exchanges; `unlinked`:
   * the links the deletion took out of other records, kept on the tombstone for a restore.
   * `options.basedOn`: the version the user chose to delete (best the whole record as shown, which
   * the conflict dialog compares): when the stored record is another version by now (another tab,
   * an exchange import), nothing is deleted — SaveConflictError, a deletion — and the user is asked.
   */
  remove(id: string, unlinked?: Unlinked, options?: SaveOptions): Promise<void>;
}

export function createRepository<T extends RecordMeta>(
  table: Table<T, string>,
  schema: z.ZodType<T>,
): Repository<T> {
  /** The record a draft makes over the stored one; a save against an older version is refused. */
  function contentOf(stored: T | undefined, draft: Draft<T>, options: RecordSaveOptions, device: string): T {
    const basedOn = options.basedOn;
    if (stored && basedOn && !isStillVersion(stored, basedOn)) throw new SaveConflictError(stored, draft);
    const base = stored ?? { ...freshMeta(device), ...(draft.id ? { id: draft.id } : {}) };
    return { ...base, ...draft, ...options.patch, deletedAt: null } as T;
  }

  /** The record as written: translation notes, review state, version stamp; validated. */
  function stamped(
    stored: T | undefined,
    content: T,
    options: RecordSaveOptions,
    device: string,
    author: string | null,
  ): T {
    // Every write of a text goes through the one rule for translation notes.
    const intent = options.translation;
    let meta = (stored ?? content).translationMeta;
    if (mayChangeTranslations(stored, content, intent)) {
      const actor = author === null ? null : { delegateId: author };
      meta = reconcileTranslationMeta(stored, content, { actor, now: nowIso(), intent });
    }
    if (meta) content.translationMeta = meta;
    else delete content.translationMeta;
    // An approved finding or recommendation whose text changed goes back for approval.
    Object.assign(content, reviewAfterEdit(table.name, stored, content, author, nowIso()));
    const candidate = restamp(stored, content, device, author);
    // A live record has no links to put back: the note belongs to its tombstone only.
    delete candidate.unlinked;
    const parsed = schema.safeParse(candidate);
    if (!parsed.success) throw new RecordValidationError(parsed.error.issues);
    return parsed.data;
  }

  return {
    async get(id) {
      const record = await table.get(id);
      return record && record.deletedAt === null ? record : undefined;
    },

    async save(draft, options = {}) {
      const device = await deviceId();
      // `db.settings` too: who this laptop's user is, for authorship stamps and translation notes
      // (every caller's scope has it).
      return db.transaction('rw', [table, db.settings], async () => {
        const stored = draft.id === undefined ? undefined : await table.get(draft.id);
        const content = contentOf(stored, draft, options, device);
        // The tour the record belongs to (a tour is its own): whose user on this laptop writes.
        const author = await currentDelegateId((content as { tourId?: string }).tourId ?? content.id);
        const parsed = stamped(stored, content, options, device, author);
        await table.put(parsed);
        return parsed;
      });
    },

    async saveMany(writes) {
      const device = await deviceId();
      return db.transaction('rw', [table, db.settings], async () => {
        const ids = writes.flatMap(({ draft }) => (draft.id === undefined ? [] : [draft.id]));
        const storedById = new Map<string, T>();
        (await table.bulkGet(ids)).forEach((record, index) => record && storedById.set(ids[index]!, record));
        // Whose user on this laptop writes, read once per tour.
        const authors = new Map<string, string | null>();
        const records: T[] = [];
        for (const { draft, options = {} } of writes) {
          const stored = draft.id === undefined ? undefined : storedById.get(draft.id);
          const content = contentOf(stored, draft, options, device);
          const tourId = (content as { tourId?: string }).tourId ?? content.id;
          if (!authors.has(tourId)) authors.set(tourId, await currentDelegateId(tourId));
          const parsed = stamped(stored, content, options, device, authors.get(tourId) ?? null);
          records.push(parsed);
          storedById.set(parsed.id, parsed);
        }
        await table.bulkPut(records);
        return records;
      });
    },

    async remove(id, unlinked, options = {}) {
      const device = await deviceId();
      await db.transaction('rw', [table, db.settings], async () => {
        const stored = await table.get(id);
        // Deleted meanwhile too: what the user wanted is done.
        if (!stored || stored.deletedAt !== null) return;
        const { basedOn } = options;
        if (basedOn && !isStillVersion(stored, basedOn))
          throw new SaveConflictError(stored, basedOn, { deletion: true });
        const author = await currentDelegateId((stored as { tourId?: string }).tourId ?? stored.id);
        const links = Object.fromEntries(Object.entries(unlinked ?? {}).filter(([, ids]) => ids.length > 0));
        const tombstone: T = { ...stored, deletedAt: nowIso() };
        if (Object.keys(links).length > 0) tombstone.unlinked = links;
        else delete tombstone.unlinked;
        await table.put(restamp(stored, tombstone, device, author));
      });
    },
  };
}

/**
 * Live records of one tour (tombstones left out). Filtered after the read: a Dexie filter would walk
 * a cursor, one IndexedDB event per record, where a plain key range is one getAll request.
 */
export function listByTour<T extends RecordMeta & { tourId: string }>(
  table: Table<T, string>,
  tourId: string,
): Promise<T[]> {
  // Dexie's own promise (no `async`): callers inside a write transaction keep it open across this read.
  return table
    .where('tourId')
    .equals(tourId)
    .toArray()
    .then((records) => records.filter((record) => record.deletedAt === null));
}
