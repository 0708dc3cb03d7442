import { z } from 'zod';
import { localizedTitleSchema, tourOwnedSchema } from './common';

export const MATERIAL_KINDS = ['law', 'strategy', 'brochure', 'presentation', 'other'] as const;

export const materialSchema = tourOwnedSchema.extend({
  title: localizedTitleSchema,
  kind: z.enum(MATERIAL_KINDS),
  /** Language of the document itself (ISO 639-1). */
  language: z.string().regex(/^[a-z]{2,3}$/),
  receivedFromContactId: z.string().nullable(),
  eventId: z.string().nullable(),
  attachmentId: z.string().nullable(),
});
export type Material = z.infer<typeof materialSchema>;
