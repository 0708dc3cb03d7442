import { z } from 'zod';
import { localizedTextSchema, tourOwnedSchema } from './common';

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
  name: localizedTextSchema,
  city: z.string(),
  address: z.string(),
  website: z.string(),
  notes: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;
