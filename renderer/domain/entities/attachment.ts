import { z } from 'zod';
import { isoTimestamp, localizedTextSchema, titleString, tourOwnedSchema } from './common';

/**
 * What an attachment belongs to. `tour`: a photo imported from a phone or a card that waits in the
 * photo trays (by visit, or unsorted) until a finding is made from it; `ownerId` is then the tour.
 */
export const ATTACHMENT_OWNERS = ['finding', 'material', 'tour'] as const;

/** A photo or file kept as a Blob in IndexedDB, owned by one record. */
export const attachmentSchema = tourOwnedSchema.extend({
  ownerType: z.enum(ATTACHMENT_OWNERS),
  ownerId: z.string().min(1),
  kind: z.enum(['photo', 'file']),
  fileName: titleString,
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  caption: localizedTextSchema,
  order: z.number().int().nonnegative(),
  blob: z.instanceof(Blob),
  thumbnail: z.instanceof(Blob).nullable(),
  /**
   * When an imported photo was taken (its EXIF capture time, as an instant with the venue's
   * offset); null when the photo says nothing. Absent on attachments made before photo import.
   */
  capturedAt: isoTimestamp.nullable().optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;
