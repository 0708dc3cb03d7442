import { z } from 'zod';
import {
  abbreviationSchema,
  legalBasisSchema,
  localizedTextSchema,
  recommendationTermSchema,
} from '../entities';

/**
 * The neutral, documented "study-tour-sample" format (see shared/fixtures/README.md).
 * It is not the storage shape: the importer maps it into records with fresh ids.
 */
const text = localizedTextSchema.optional();
const ref = z.string().min(1);

export const sampleFileSchema = z.object({
  format: z.literal('study-tour-sample'),
  version: z.literal(1),
  tour: z.object({
    id: ref,
    title: localizedTextSchema,
    purpose: text,
    hostCountry: z.string().regex(/^[A-Z]{2}$/),
    startDate: z.iso.date(),
    endDate: z.iso.date(),
    timeZone: z.string().min(1),
    homeTimeZone: z.string().min(1),
    supportedBy: text,
    followUp: text,
    legalBasisAct: text,
    legalBasis: legalBasisSchema.optional(),
    funding: text,
    termsSummary: text,
    /** Abbreviations used in the texts, with their expansions per language (the report's annex). */
    abbreviations: z.array(abbreviationSchema.omit({ id: true })).optional(),
  }),
  themes: z.array(z.object({ id: ref, title: localizedTextSchema })),
  delegates: z.array(
    z.object({
      id: ref,
      familyName: z.string().min(1),
      givenName: z.string().min(1),
      patronymic: z.string().optional(),
      gender: z.enum(['female', 'male']).optional(),
      role: z.enum(['head', 'member', 'coordinator', 'interpreter']),
      rank: text,
      position: text,
    }),
  ),
  organisations: z.array(
    z.object({
      id: ref,
      kind: z.enum(['police', 'ministry', 'municipality', 'ngo', 'education', 'international', 'other']),
      name: localizedTextSchema,
      city: z.string().optional(),
      address: z.string().optional(),
    }),
  ),
  contacts: z.array(
    z.object({
      id: ref,
      prefix: z.string().optional(),
      familyName: z.string().min(1),
      givenName: z.string().optional(),
      nameOrder: z.enum(['family-first', 'given-first']),
      gender: z.enum(['female', 'male']).optional(),
      organisationId: ref.optional(),
      rank: text,
      position: text,
      email: z.string().optional(),
      phone: z.string().optional(),
      languages: z.array(z.string()).optional(),
      role: z.enum(['host', 'official', 'interpreter', 'ngo', 'osce', 'other']).optional(),
    }),
  ),
  events: z.array(
    z.object({
      id: ref,
      kind: z.enum(['visit', 'meeting', 'briefing', 'travel', 'free-time']),
      start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
      end: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
      timeZone: z.string().min(1),
      title: localizedTextSchema,
      place: z.string().optional(),
      organisationId: ref.optional(),
      hostContactIds: z.array(ref).optional(),
      interpreterContactId: ref.optional(),
      delegateIds: z.array(ref).optional(),
      themeIds: z.array(ref).optional(),
    }),
  ),
  findings: z.array(
    z.object({
      id: ref,
      themeId: ref,
      eventId: ref.optional(),
      kind: z.enum(['good-practice', 'lesson-negative', 'observation']),
      authorDelegateId: ref.optional(),
      sourceContactIds: z.array(ref).optional(),
      applicability: z.enum(['direct', 'adapt', 'not-applicable']).optional(),
      title: localizedTextSchema,
      text: text,
    }),
  ),
  recommendations: z.array(
    z.object({
      id: ref,
      findingIds: z.array(ref),
      /** Key points of the recommendation; absent: those of its findings. */
      themeIds: z.array(ref).optional(),
      priority: z.enum(['high', 'medium', 'low']),
      horizon: z.enum(['short', 'medium', 'long']),
      term: recommendationTermSchema.optional(),
      expectedResult: text,
      responsible: text,
      text: localizedTextSchema,
    }),
  ),
  materials: z.array(
    z.object({
      id: ref,
      kind: z.enum(['law', 'strategy', 'brochure', 'presentation', 'other']),
      receivedFromContactId: ref.optional(),
      eventId: ref.optional(),
      title: localizedTextSchema,
      language: z.string(),
    }),
  ),
});
export type SampleFile = z.infer<typeof sampleFileSchema>;
