import { z } from 'zod';

/** The four languages of the interface and of exported documents. */
export const LANGUAGES = ['ru', 'be', 'en', 'hu'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * A text a translator may translate: one optional version per language.
 * A missing key means "not translated yet", never "empty on purpose".
 */
export const localizedTextSchema = z
  .object({
    ru: z.string().optional(),
    be: z.string().optional(),
    en: z.string().optional(),
    hu: z.string().optional(),
  })
  .strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

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
