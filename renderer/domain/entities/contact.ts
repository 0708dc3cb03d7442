import { z } from 'zod';
import { genderSchema, localizedTitleSchema, textString, titleString, tourOwnedSchema } from './common';

export const CONTACT_ROLES = ['host', 'official', 'interpreter', 'ngo', 'osce', 'other'] as const;

/** A name as written in one Cyrillic language, with whether a translator confirmed it. */
export const cyrillicNameSchema = z.object({
  familyName: titleString,
  givenName: titleString,
  checked: z.boolean(),
});

export const contactSchema = tourOwnedSchema.extend({
  prefix: titleString,
  familyName: titleString.min(1),
  givenName: titleString,
  /** Hungarian names are written family-name-first in Hungarian. */
  nameOrder: z.enum(['family-first', 'given-first']),
  cyrillic: z.object({ ru: cyrillicNameSchema.optional(), be: cyrillicNameSchema.optional() }),
  rank: localizedTitleSchema,
  position: localizedTitleSchema,
  organisationId: z.string().nullable(),
  phones: z.array(titleString),
  emails: z.array(titleString),
  /** Languages spoken: ISO 639-1 codes, not limited to the interface languages. */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)),
  gender: genderSchema,
  role: z.enum(CONTACT_ROLES),
  notes: textString,
});
export type Contact = z.infer<typeof contactSchema>;
export type CyrillicName = z.infer<typeof cyrillicNameSchema>;
