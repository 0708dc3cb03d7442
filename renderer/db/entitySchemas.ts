import type { z } from 'zod';
import {
  attachmentSchema,
  contactSchema,
  delegateSchema,
  eventSchema,
  findingSchema,
  materialSchema,
  organisationSchema,
  recommendationSchema,
  keyPointSchema,
} from '../domain/entities';
import type { TourRecordKind } from '../domain/tourBundle';

/** The schema that guards each tour-owned table, for importers and bundle writers. */
export const ENTITY_SCHEMAS: Record<TourRecordKind, z.ZodType> = {
  themes: keyPointSchema,
  delegates: delegateSchema,
  organisations: organisationSchema,
  contacts: contactSchema,
  events: eventSchema,
  findings: findingSchema,
  recommendations: recommendationSchema,
  materials: materialSchema,
  attachments: attachmentSchema,
};
