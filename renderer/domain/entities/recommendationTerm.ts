import { z } from 'zod';
import { isoDateSchema } from './common';

/** Years a term may name: wide enough for any real plan, narrow enough to catch a typo ("20100"). */
export const TERM_YEAR_MIN = 1990;
export const TERM_YEAR_MAX = 2100;
const termYear = z.number().int().min(TERM_YEAR_MIN).max(TERM_YEAR_MAX);

export const TERM_KINDS = ['date', 'quarter', 'year'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/**
 * When a recommendation is to be carried out: by a date, within a quarter ("IV квартал 2010 г.")
 * or within a year. Optional on the record: older records have only a horizon (short/medium/long),
 * which is what documents print when there is no term.
 */
export const recommendationTermSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: isoDateSchema }),
  z.object({ kind: z.literal('quarter'), year: termYear, quarter: z.number().int().min(1).max(4) }),
  z.object({ kind: z.literal('year'), year: termYear }),
]);
export type RecommendationTerm = z.infer<typeof recommendationTermSchema>;
