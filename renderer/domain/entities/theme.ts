import { z } from 'zod';
import { localizedTitleSchema, tourOwnedSchema } from './common';

/** A key point of the study tour's terms of reference. */
export const themeSchema = tourOwnedSchema.extend({
  title: localizedTitleSchema,
  order: z.number().int().nonnegative(),
});
export type Theme = z.infer<typeof themeSchema>;
