import { z } from 'zod';
import { localizedTitleSchema, textString, titleString, tourOwnedSchema } from './common';

export const ORGANISATION_KINDS = [
  'police',
  'ministry',
  'municipality',
  'ngo',
  'education',
  'international',
  'other',
] as const;

export const organisationSchema = tourOwnedSchema.extend({
  kind: z.enum(ORGANISATION_KINDS),
  /** Names per language; the original (Hungarian) name is kept under `hu`. */
  name: localizedTitleSchema,
  city: titleString,
  address: titleString,
  website: titleString,
  notes: textString,
});
export type Organisation = z.infer<typeof organisationSchema>;
