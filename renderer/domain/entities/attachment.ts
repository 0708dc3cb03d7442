import { z } from 'zod';
import { localizedTextSchema, titleString, tourOwnedSchema } from './common';

export const ATTACHMENT_OWNERS = ['finding', 'material'] as const;

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
});
export type Attachment = z.infer<typeof attachmentSchema>;
