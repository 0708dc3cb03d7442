import { z } from 'zod';
import { isoDateSchema, localizedTextSchema, localizedTitleSchema, recordMetaSchema } from './common';
import { GLOSSARY_MAX_TERMS, glossaryTermSchema } from './glossaryTerm';
import { tourFactsShape } from './tourFacts';

/** A document's registration: its date (ISO, or empty) and number, as the office registers it. */
export const registrationSchema = z.object({
  date: z.union([isoDateSchema, z.literal('')]),
  number: z.string().max(100),
});

/**
 * The requisites of the tour's documents (STB 6.38-2016, GOST R 7.0.97-2016), entered once on the
 * Documents screen. All optional, so older records and backups stay valid as they are.
 */
export const tourRequisitesSchema = z.object({
  /** Where the documents are drawn up ("г. Минск"), per document language; with the year at the foot of the title page. */
  place: localizedTextSchema.optional(),
  /** The approval block (УТВЕРЖДАЮ): who approves, and on which documents it is printed. */
  approval: z
    .object({
      position: localizedTextSchema,
      /** Initials and surname as they are signed ("И.О. Фамилия"), per document language. */
      name: localizedTextSchema,
      documents: z.array(z.string().max(20)).max(10),
    })
    .optional(),
  /** Date and registration number per document kind ("report", "memo", …). */
  registration: z.record(z.string().max(20), registrationSchema).optional(),
});
export type TourRequisites = z.infer<typeof tourRequisitesSchema>;

export const tourSchema = recordMetaSchema.extend({
  title: localizedTitleSchema,
  purpose: localizedTextSchema,
  /** ISO 3166-1 alpha-2 code of the host country, e.g. "HU". */
  hostCountry: z.string().regex(/^[A-Z]{2}$/),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  /** IANA time zone of the venue: programme times are wall-clock times there. */
  timeZone: z.string().min(1),
  /** IANA time zone the delegation comes from, for the "home time" view. */
  homeTimeZone: z.string().min(1),
  supportedBy: localizedTextSchema,
  followUp: localizedTextSchema,
  conclusions: localizedTextSchema,
  requisites: tourRequisitesSchema.optional(),
  /** The agreed translations of the tour's terms (issue 23); absent in older records and files. */
  glossary: z.array(glossaryTermSchema).max(GLOSSARY_MAX_TERMS).optional(),
  ...tourFactsShape,
});
export type Tour = z.infer<typeof tourSchema>;
