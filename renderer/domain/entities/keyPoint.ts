import { z } from 'zod';
import { localizedTextSchema, localizedTitleSchema, tourOwnedSchema } from './common';

/**
 * A key point of the study tour's terms of reference ("key point" on every screen and in every document).
 * Stored in the `themes` table and referred to as `themeId` / `themeIds` by findings, events and recommendations:
 * those are the names of the stored format (schema 1–3, bundle format 1–2, the sample fixtures), kept so that
 * every earlier database and file still opens; renaming them needs a schema version and a bundle format of its own.
 */
export const keyPointSchema = tourOwnedSchema.extend({
  title: localizedTitleSchema,
  order: z.number().int().nonnegative(),
  /** What the delegation concludes on this key point; the report ends its chapter with it. Absent on older records. */
  conclusions: localizedTextSchema.optional(),
});
export type KeyPoint = z.infer<typeof keyPointSchema>;
