import { z } from 'zod';
import { localizedTextSchema, localizedTitleSchema, tourOwnedSchema } from './common';

/** A key point of the study tour's terms of reference. */
export const themeSchema = tourOwnedSchema.extend({
  title: localizedTitleSchema,
  order: z.number().int().nonnegative(),
  /** What the delegation concludes on this key point; the report ends its chapter with it. Absent on older records. */
  conclusions: localizedTextSchema.optional(),
});
export type Theme = z.infer<typeof themeSchema>;
