import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from './common';

/** Longest abbreviation ("ГУОПиП", "ORFK"): a few letters, never a sentence. */
export const ABBREVIATION_MAX_LENGTH = 30;
/** Abbreviations a tour may keep: far more than a report uses, few enough for one editor. */
export const ABBREVIATIONS_MAX = 200;

/**
 * An abbreviation used in the tour's texts and its expansion per document language. The report
 * lists, in an annex, those that occur in its text, in the order they first occur.
 */
export const abbreviationSchema = z.object({
  id: z.string().min(1).max(100),
  abbreviation: z.string().trim().min(1).max(ABBREVIATION_MAX_LENGTH),
  expansion: localizedTextSchema,
});
export type Abbreviation = z.infer<typeof abbreviationSchema>;

/** The order that sends the delegation (its title is the tour's `legalBasisAct`, per language). */
export const legalBasisSchema = z.object({
  date: z.union([isoDateSchema, z.literal('')]),
  number: z.string().max(100),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/**
 * What the report's introduction says about the tour besides its purpose, and its abbreviations.
 * Every field optional: older records, backups and exchange files have none of them.
 */
export const tourFactsShape = {
  /** The act sending the delegation, as the report names it ("приказ МВД Республики Беларусь"). */
  legalBasisAct: localizedTextSchema.optional(),
  legalBasis: legalBasisSchema.optional(),
  /** Who paid for the tour ("за счёт средств Офиса ОБСЕ в Минске"). */
  funding: localizedTextSchema.optional(),
  /** A short summary of the terms of reference. */
  termsSummary: localizedTextSchema.optional(),
  abbreviations: z.array(abbreviationSchema).max(ABBREVIATIONS_MAX).optional(),
};
