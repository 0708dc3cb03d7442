import { z } from 'zod';
import { localizedTextSchema, localizedTitleSchema, titleString, tourOwnedSchema } from './common';

export const EVENT_KINDS = ['visit', 'meeting', 'briefing', 'travel', 'free-time'] as const;

/** Wall-clock time in the event's time zone, minutes precision: "2010-09-20T09:30". */
export const wallClockSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

export const eventSchema = tourOwnedSchema.extend({
  kind: z.enum(EVENT_KINDS),
  title: localizedTitleSchema,
  start: wallClockSchema,
  end: wallClockSchema,
  timeZone: z.string().min(1),
  place: titleString,
  address: titleString,
  organisationId: z.string().nullable(),
  hostContactIds: z.array(z.string()),
  delegateIds: z.array(z.string()),
  interpreterContactId: z.string().nullable(),
  themeIds: z.array(z.string()),
  notes: localizedTextSchema,
});
export type TourEvent = z.infer<typeof eventSchema>;
