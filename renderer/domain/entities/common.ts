import { z } from 'zod';

/** The four languages of the interface and of exported documents. */
export const LANGUAGES = ['ru', 'be', 'en', 'hu'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

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

const isoTimestamp = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();

/**
 * Stamps every stored record carries, so that backups, exchange between laptops
 * and merges can tell which version is newer and that a deletion happened.
 */
export const recordMetaSchema = z.object({
  id: z.string().min(1).max(100),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  deviceId: z.string().min(1).max(100),
  revision: z.number().int().positive(),
  deletedAt: isoTimestamp.nullable(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

export const tourOwnedSchema = recordMetaSchema.extend({
  tourId: z.string().min(1).max(100),
});
export type TourOwned = z.infer<typeof tourOwnedSchema>;

export const META_KEYS = ['id', 'createdAt', 'updatedAt', 'deviceId', 'revision', 'deletedAt'] as const;
export type MetaKey = (typeof META_KEYS)[number];

export const genderSchema = z.enum(['female', 'male', 'unspecified']);
export type Gender = z.infer<typeof genderSchema>;
