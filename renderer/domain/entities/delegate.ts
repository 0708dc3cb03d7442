import { z } from 'zod';
import { genderSchema, localizedTextSchema, tourOwnedSchema } from './common';

export const DELEGATE_ROLES = ['head', 'member', 'coordinator', 'interpreter'] as const;

export const delegateSchema = tourOwnedSchema.extend({
  familyName: z.string().min(1),
  givenName: z.string().min(1),
  patronymic: z.string(),
  rank: localizedTextSchema,
  position: localizedTextSchema,
  organisation: localizedTextSchema,
  gender: genderSchema,
  role: z.enum(DELEGATE_ROLES),
  /** Position in the composition of the delegation (head first). */
  order: z.number().int().nonnegative(),
});
export type Delegate = z.infer<typeof delegateSchema>;
