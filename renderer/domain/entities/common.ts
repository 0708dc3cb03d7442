import { z } from 'zod';
import { MAX_COUNTER, MAX_HISTORY_DEVICES } from '../merge/versionVector';

import { LANGUAGES } from '../languages';
import { MAX_CHANGED_FIELDS, MAX_CHANGE_ENTRIES } from '../authorship/changeLog';

export { LANGUAGES, isLanguage, type Language } from '../languages';
export const languageSchema = z.enum(LANGUAGES);

/**
 * Longest title or name (of a tour, visit, finding, person, organisation…) and longest text
 * (a finding's text, notes, conclusions), in characters. The same limits guard forms and
 * imported files: a 10,000-character title breaks cards, pickers and the report's layout.
 */
export const TITLE_MAX_LENGTH = 300;
export const TEXT_MAX_LENGTH = 50_000;

/** A one-line title or name. */
export const titleString = z.string().max(TITLE_MAX_LENGTH);
/** A longer text: paragraphs, notes. */
export const textString = z.string().max(TEXT_MAX_LENGTH);

function localized(version: z.ZodString) {
  return z
    .object({
      ru: version.optional(),
      be: version.optional(),
      en: version.optional(),
      hu: version.optional(),
    })
    .strict();
}

/**
 * A text a translator may translate: one optional version per language.
 * A missing key means "not translated yet", never "empty on purpose".
 */
export const localizedTextSchema = localized(textString);
export type LocalizedText = z.infer<typeof localizedTextSchema>;
/** A translatable title or name: the same shape, each version at most TITLE_MAX_LENGTH. */
export const localizedTitleSchema = localized(titleString);

/**
 * Years a delegation's records can carry. Anything outside comes from a crafted or broken
 * file and is refused at the border, so it can never reach a later backup.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const yearInRange = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};
const YEAR_MESSAGE = `year outside ${MIN_YEAR}–${MAX_YEAR}`;

export const isoTimestamp = z.iso.datetime({ offset: true }).refine(yearInRange, YEAR_MESSAGE);
export const isoDateSchema = z.iso.date().refine(yearInRange, YEAR_MESSAGE);

/**
 * Revisions and history counters: at most 2^31. An edit at the bound keeps the counter
 * (domain/merge advanceHistory), so no number from outside makes a record uneditable.
 */
const counterSchema = z.number().int().positive().max(MAX_COUNTER);

/** A record's causal history: device id → how many of its versions that device made (domain/merge). */
export const versionVectorSchema = z
  .record(z.string().min(1).max(100), counterSchema)
  .refine((history) => Object.keys(history).length <= MAX_HISTORY_DEVICES, 'too many devices');

/** Links a deletion took out of other records: "table.field" → ids of those records. */
export const unlinkedSchema = z
  .record(
    z
      .string()
      .regex(/^[a-z]+\.[A-Za-z]+$/)
      .max(60),
    z.array(z.string().min(1).max(100)).max(100_000),
  )
  .refine((links) => Object.keys(links).length <= 20, 'too many kinds of links');
export type Unlinked = z.infer<typeof unlinkedSchema>;

/** A delegate of the tour, by id; null when the laptop's user had not said who they are. */
const delegateRefSchema = z.string().min(1).max(100).nullable();

/** One entry of a record's short history (domain/authorship/changeLog). */
export const changeEntrySchema = z.object({
  at: isoTimestamp,
  by: delegateRefSchema,
  device: z.string().min(1).max(100),
  action: z.enum(['created', 'changed', 'deleted', 'restored']),
  fields: z.array(z.string().min(1).max(120)).max(MAX_CHANGED_FIELDS),
});

/**
 * Who made or checked a translation: a delegate of the tour (the one this laptop's user said they
 * are), or only a name (a translator named in an imported XLIFF file). At least one of the two.
 */
export const translatorSchema = z
  .object({
    delegateId: z.string().min(1).max(100).optional(),
    name: titleString.optional(),
  })
  .refine(
    (who) => who.delegateId !== undefined || (who.name ?? '').trim() !== '',
    'translator without a name',
  );
export type Translator = z.infer<typeof translatorSchema>;

/**
 * What one translation of one multilingual text was made from (domain/translations): the source
 * language and the source text as it was then, with its fingerprint. When the source's
 * fingerprint is another by now, the translation needs review; `source` shows the translator
 * what changed. Absent for originals and for translations made before fingerprints existed.
 */
export const translationNoteSchema = z.object({
  from: languageSchema,
  /** textFingerprint(source): 16 hex digits. */
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  source: textString,
  /** When the translation was written or last confirmed against its source. */
  at: isoTimestamp.optional(),
  by: translatorSchema.optional(),
  /** A second person (not the translator) read it against its source. */
  checked: z.object({ by: translatorSchema, at: isoTimestamp }).optional(),
});
export type TranslationNote = z.infer<typeof translationNoteSchema>;

/**
 * A record's translation notes: the path of a multilingual text in the record ("text",
 * "requisites.place") → language → its note. Kept beside the texts, not inside them, so that the
 * texts keep their shape everywhere (forms, exports, bundles).
 */
export const translationMetaSchema = z
  .record(
    z
      .string()
      .regex(/^[A-Za-z0-9_.:-]+$/)
      .max(200),
    z.partialRecord(languageSchema, translationNoteSchema),
  )
  .refine((meta) => Object.keys(meta).length <= 500, 'too many translated texts');
export type TranslationMeta = z.infer<typeof translationMetaSchema>;

/**
 * Stamps every stored record carries, so that backups, exchange between laptops
 * and merges can tell which version is newer and that a deletion happened.
 */
export const recordMetaSchema = z.object({
  id: z.string().min(1).max(100),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  deviceId: z.string().min(1).max(100),
  /** The CouchDB-style generation: how many versions lead to this one (never compared across laptops). */
  revision: counterSchema,
  deletedAt: isoTimestamp.nullable(),
  /** Absent only on records written before histories (read as `{ [deviceId]: revision }`). */
  vv: versionVectorSchema.optional(),
  /**
   * Only on a tombstone: the links its deletion took out of other records, by "table.field"
   * ("events.delegateIds" → the events' ids), so that a restore — Undo, "Recently deleted", here or
   * on a colleague's laptop after an exchange — puts them back.
   */
  unlinked: unlinkedSchema.optional(),
  /**
   * Who created the record and who changed it last (delegate ids, as each laptop's user said who
   * they are: db/identity). Absent on records written before authorship, and null when not said.
   */
  createdBy: delegateRefSchema.optional(),
  updatedBy: delegateRefSchema.optional(),
  /** The record's short history, newest last, bounded (absent on older records). */
  changes: z.array(changeEntrySchema).max(MAX_CHANGE_ENTRIES).optional(),
  /** What each translation of the record's texts was made from, and who made and checked it. */
  translationMeta: translationMetaSchema.optional(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

export const tourOwnedSchema = recordMetaSchema.extend({
  tourId: z.string().min(1).max(100),
});
export type TourOwned = z.infer<typeof tourOwnedSchema>;

export { META_KEYS, type MetaKey } from './metaKeys';

export const genderSchema = z.enum(['female', 'male', 'unspecified']);
export type Gender = z.infer<typeof genderSchema>;
