import { z } from 'zod';
import { localizedTextSchema, localizedTitleSchema, tourOwnedSchema } from './common';

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const HORIZONS = ['short', 'medium', 'long'] as const;
export const RECOMMENDATION_STATUSES = ['draft', 'agreed', 'rejected'] as const;

export const recommendationSchema = tourOwnedSchema.extend({
  text: localizedTextSchema,
  findingIds: z.array(z.string()),
  priority: z.enum(PRIORITIES),
  horizon: z.enum(HORIZONS),
  responsible: localizedTitleSchema,
  status: z.enum(RECOMMENDATION_STATUSES),
  /** User-controlled position; recommendations are numbered in this order. */
  order: z.number().int().nonnegative(),
});
export type Recommendation = z.infer<typeof recommendationSchema>;
