import { z } from 'zod';
import {
  isoDateSchema,
  localizedTextSchema,
  localizedTitleSchema,
  titleString,
  tourOwnedSchema,
} from './common';
import { reviewStateSchema, reviewStepSchema } from './review';

export const FINDING_KINDS = ['good-practice', 'lesson-negative', 'observation'] as const;
export const APPLICABILITY = ['direct', 'adapt', 'not-applicable'] as const;

export const findingSchema = tourOwnedSchema.extend({
  themeId: z.string().min(1),
  eventId: z.string().nullable(),
  kind: z.enum(FINDING_KINDS),
  title: localizedTitleSchema,
  /** Plain text: blank-line paragraphs and "- " bullet lines. */
  text: localizedTextSchema,
  sourceContactIds: z.array(z.string()),
  authorDelegateId: z.string().nullable(),
  date: isoDateSchema.nullable(),
  tags: z.array(titleString),
  applicability: z.enum(APPLICABILITY).nullable(),
  applicabilityNote: localizedTextSchema,
  includeInReport: z.boolean(),
  /** Review: draft → proposed → approved by the head, or returned (domain/review). Absent: a draft. */
  status: reviewStateSchema.optional(),
  review: reviewStepSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;
