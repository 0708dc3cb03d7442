import { z } from 'zod';
import { genderSchema, localizedTitleSchema, titleString, tourOwnedSchema } from './common';

export const DELEGATE_ROLES = ['head', 'member', 'coordinator', 'interpreter'] as const;

export const delegateSchema = tourOwnedSchema.extend({
  familyName: titleString.min(1),
  givenName: titleString.min(1),
  patronymic: titleString,
  rank: localizedTitleSchema,
  position: localizedTitleSchema,
  organisation: localizedTitleSchema,
  gender: genderSchema,
  role: z.enum(DELEGATE_ROLES),
  /** Position in the composition of the delegation (head first). */
  order: z.number().int().nonnegative(),
});
export type Delegate = z.infer<typeof delegateSchema>;
