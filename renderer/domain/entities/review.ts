import { z } from 'zod';
import { REVIEW_STATES, readReviewState } from '../review/reviewState';
import { textString } from './common';

/** A finding's or recommendation's review state; old recommendation statuses read as their new names. */
export const reviewStateSchema = z.preprocess(readReviewState, z.enum(REVIEW_STATES));

/** The last step of the review: who took it (a delegate, null: not said), when, the head's comment. */
export const reviewStepSchema = z.object({
  by: z.string().min(1).max(100).nullable(),
  at: z.iso.datetime({ offset: true }),
  comment: textString,
});
