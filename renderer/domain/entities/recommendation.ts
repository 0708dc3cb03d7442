import { z } from 'zod';
import { localizedTextSchema, localizedTitleSchema, tourOwnedSchema } from './common';
import { recommendationTermSchema } from './recommendationTerm';
import { REVIEW_STATES } from '../review/reviewState';
import { reviewStateSchema, reviewStepSchema } from './review';

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const HORIZONS = ['short', 'medium', 'long'] as const;
/** The review states (domain/review); "agreed" and "rejected" of older records read as approved and returned. */
export const RECOMMENDATION_STATUSES = REVIEW_STATES;

export const recommendationSchema = tourOwnedSchema.extend({
  text: localizedTextSchema,
  findingIds: z.array(z.string()),
  /**
   * The key points the recommendation belongs to, in the tour's order. Absent on records and files
   * from before key points were chosen: read through `recommendationKeyPoints` (domain/keyPoints),
   * which takes the key points of the findings it is based on.
   */
  themeIds: z.array(z.string().min(1).max(100)).max(100).optional(),
  priority: z.enum(PRIORITIES),
  /** The rough horizon; documents print it when there is no `term`. */
  horizon: z.enum(HORIZONS),
  /** A concrete term (date, quarter or year); absent or null in older records and files. */
  term: recommendationTermSchema.nullable().optional(),
  /** What carrying it out should achieve; absent in older records and files. */
  expectedResult: localizedTextSchema.optional(),
  responsible: localizedTitleSchema,
  status: reviewStateSchema,
  review: reviewStepSchema.optional(),
  /** User-controlled position; recommendations are numbered in this order. */
  order: z.number().int().nonnegative(),
});
export type Recommendation = z.infer<typeof recommendationSchema>;
