import type { Table } from 'dexie';
import type { Language, LocalizedText, Translator } from '../domain/entities';
import { TRANSLATABLE_FIELDS, type TranslatableKind } from '../domain/findings';
import { withText } from '../domain/localizedText';
import { SaveConflictError, type SaveBasis, type Versioned } from '../domain/merge';
import { translatorKey, type TranslationIntent } from '../domain/translations';
import { db } from './database';
import * as repos from './repositories';
import type { RecordSaveOptions, Repository, SaveOptions } from './repository';

/**
 * Writes of translations: one language's version of one multilingual text of any record of the
 * tour, and the translator's review of it (confirmed against a changed source, checked by a second
 * person). Like every write, each goes through the repository's save and so through the one rule
 * for translation notes (domain/translations reconcileTranslationMeta): a translation written here
 * is noted as made from its source as it is now, by this laptop's delegate or the named translator.
 */

/** One multilingual text of one record. */
export interface TranslationTarget {
  kind: TranslatableKind;
  recordId: string;
  field: string;
}

/** The repository and table behind each kind of translatable record. */
function storeOf(kind: TranslatableKind): { repo: Repository<never>; table: Table } {
  // The map is heterogeneous; each entry is only used with a record read from its own table.
  const stores = {
    tour: [repos.tours, db.tours],
    theme: [repos.themes, db.themes],
    finding: [repos.findings, db.findings],
    recommendation: [repos.recommendations, db.recommendations],
    attachment: [repos.attachments, db.attachments],
    material: [repos.materials, db.materials],
    event: [repos.events, db.events],
    organisation: [repos.organisations, db.organisations],
    delegate: [repos.delegates, db.delegates],
    contact: [repos.contacts, db.contacts],
  } as const;
  const [repo, table] = stores[kind];
  return { repo: repo as unknown as Repository<never>, table };
}

function checkField(target: TranslationTarget): void {
  const fields: readonly string[] = TRANSLATABLE_FIELDS[target.kind];
  if (!fields.includes(target.field))
    throw new Error(`Not a translatable field: ${target.kind}.${target.field}`);
}

async function liveRecord(target: TranslationTarget, table: Table): Promise<Record<string, unknown>> {
  const stored = (await table.get(target.recordId)) as Record<string, unknown> | undefined;
  if (!stored || stored.deletedAt !== null) throw new Error(`No ${target.kind} ${target.recordId}`);
  return stored;
}

/** What a translation (or the conclusions) is saved against, and what it was made from. */
export interface TextSaveOptions extends SaveOptions {
  /**
   * The text of that language the user started typing over. When the stored one is another by
   * now (another tab, an exchange import), nothing is written: SaveConflictError. Other fields
   * and languages of the record may have changed meanwhile: they are kept, no conflict.
   */
  typedOver?: string;
  /** The language the translation was made from: the source shown beside it. */
  from?: Language;
  /** Who made it, when not this laptop's user (the translator named in an imported file). */
  translator?: Translator;
}

/**
 * Writes one language's version of one multilingual field of any record of the tour; an empty
 * value removes the translation (it counts as "not translated" again).
 */
export async function saveTranslation(
  target: TranslationTarget,
  language: Language,
  value: string,
  options: TextSaveOptions = {},
): Promise<void> {
  checkField(target);
  const { repo, table } = storeOf(target.kind);
  await db.transaction('rw', [table, db.settings], async () => {
    const stored = await liveRecord(target, table);
    const text = (stored[target.field] as LocalizedText | undefined) ?? {};
    const draft = { ...stored, [target.field]: withText(text, language, value) };
    const { typedOver, from, translator, ...saveOptions } = options;
    // Checked against the text typed over unless the user has seen the stored version (a retry
    // after the conflict dialog, `basedOn`): then the record's version is what counts.
    if (!saveOptions.basedOn && typedOver !== undefined && (text[language] ?? '') !== typedOver)
      throw new SaveConflictError(stored as unknown as Versioned & SaveBasis, draft);
    const translation: TranslationIntent = {
      ...(from ? { from } : {}),
      ...(translator ? { translator } : {}),
    };
    await repo.save(draft as never, { ...saveOptions, translation } satisfies RecordSaveOptions);
  });
}

/** One translation of many written together (an imported translation file). */
export interface TranslationWrite extends TranslationTarget {
  language: Language;
  value: string;
  from?: Language;
  translator?: Translator;
  /**
   * The source text (in `from`) the translation was made from, when it is not the one stored now:
   * the translation is then noted as needing review.
   */
  madeFrom?: string;
}

/**
 * Writes many translations in one transaction: all of them or, when one fails (a record deleted
 * meanwhile, a text too long), none. The translations of one record made from one source by one
 * translator are saved as one new version of that record.
 */
export async function saveTranslations(writes: readonly TranslationWrite[]): Promise<void> {
  for (const write of writes) checkField(write);
  const groups = new Map<string, TranslationWrite[]>();
  for (const write of writes) {
    const who = write.translator ? translatorKey(write.translator) : '';
    const key = [write.kind, write.recordId, write.from ?? '', who].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(write);
    else groups.set(key, [write]);
  }
  const kinds = [...new Set(writes.map((write) => write.kind))];
  const tables = kinds.map((kind) => storeOf(kind).table);
  await db.transaction('rw', [...tables, db.settings], async () => {
    // A record translated by two translators (or from two languages) gets a version for each, one
    // after the other: each round saves at most one group of a record.
    let pending = [...groups.values()];
    while (pending.length > 0) {
      const round: TranslationWrite[][] = [];
      const later: TranslationWrite[][] = [];
      const taken = new Set<string>();
      for (const group of pending) {
        const record = `${group[0]!.kind}:${group[0]!.recordId}`;
        (taken.has(record) ? later : round).push(group);
        taken.add(record);
      }
      await saveRound(round);
      pending = later;
    }
  });
}

/** Saves groups of translations of different records: per kind, read at once and written at once. */
async function saveRound(groups: readonly TranslationWrite[][]): Promise<void> {
  const byKind = new Map<TranslatableKind, TranslationWrite[][]>();
  for (const group of groups) byKind.set(group[0]!.kind, [...(byKind.get(group[0]!.kind) ?? []), group]);
  for (const [kind, kindGroups] of byKind) {
    const { repo, table } = storeOf(kind);
    const ids = kindGroups.map((group) => group[0]!.recordId);
    const stored = (await table.bulkGet(ids)) as (Record<string, unknown> | undefined)[];
    const saves = kindGroups.map((group, index) => {
      const first = group[0]!;
      const record = stored[index];
      if (!record || record.deletedAt !== null) throw new Error(`No ${first.kind} ${first.recordId}`);
      const draft: Record<string, unknown> = { ...record };
      for (const write of group) {
        const text = (draft[write.field] as LocalizedText | undefined) ?? {};
        draft[write.field] = withText(text, write.language, write.value);
      }
      const madeFrom = group.flatMap((write) =>
        write.madeFrom === undefined
          ? []
          : [{ path: write.field, language: write.language, source: write.madeFrom }],
      );
      const translation: TranslationIntent = {
        ...(first.from ? { from: first.from } : {}),
        ...(first.translator ? { translator: first.translator } : {}),
        ...(madeFrom.length > 0 ? { madeFrom } : {}),
      };
      return { draft: draft as never, options: { translation } };
    });
    await repo.saveMany(saves);
  }
}

async function review(
  target: TranslationTarget,
  language: Language,
  intent: TranslationIntent,
  options: SaveOptions,
): Promise<void> {
  checkField(target);
  const { repo, table } = storeOf(target.kind);
  await db.transaction('rw', [table, db.settings], async () => {
    const stored = await liveRecord(target, table);
    await repo.save({ ...stored } as never, { ...options, translation: intent });
  });
}

/**
 * The translation was read against its changed source and is right as it is: it is noted as made
 * from the source as it is now (no longer "needs review"); its translator stays.
 */
export function confirmTranslation(
  target: TranslationTarget,
  language: Language,
  options: SaveOptions = {},
): Promise<void> {
  return review(target, language, { confirm: [{ path: target.field, language }] }, options);
}

/**
 * This laptop's delegate, who did not make the translation, read it against its source and marks it
 * checked. Refused (TranslationReviewError) when they made it themselves, when they have not said
 * which delegate they are, or while it needs review.
 */
export function checkTranslation(
  target: TranslationTarget,
  language: Language,
  options: SaveOptions = {},
): Promise<void> {
  return review(target, language, { check: [{ path: target.field, language }] }, options);
}
