import { z } from 'zod';
import { localizedTitleSchema, titleString } from './common';

/**
 * One agreed term of a tour's glossary: its wording in each language and a note on its use. Kept
 * on the tour record, so it travels in backups and exchange files with the tour.
 */
export const glossaryTermSchema = z.object({
  id: z.string().min(1).max(100),
  text: localizedTitleSchema,
  note: titleString,
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** A glossary is a list a person reads through: a few hundred terms, not thousands. */
export const GLOSSARY_MAX_TERMS = 2000;
