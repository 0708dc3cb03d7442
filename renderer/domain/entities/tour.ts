import { z } from 'zod';
import { isoDateSchema, localizedTextSchema, localizedTitleSchema, recordMetaSchema } from './common';

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
});
export type Tour = z.infer<typeof tourSchema>;
