import { z } from 'zod';
import { localizedTextSchema, tourOwnedSchema } from './common';

/** A key point of the study tour's terms of reference. */
export const themeSchema = tourOwnedSchema.extend({
  title: localizedTextSchema,
  order: z.number().int().nonnegative(),
});
export type Theme = z.infer<typeof themeSchema>;
