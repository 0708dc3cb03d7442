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
  /**
   * The name as the passport writes it in Latin letters (Andrei Kovalev): English documents use
   * it. Absent: the ICAO transliteration of the Cyrillic name is used.
   */
  latinName: z.object({ familyName: z.string(), givenName: z.string() }).optional(),
  /**
   * The name as Hungarian writes it (Andrej Kovaljov), suggested by the transcription rules and
   * confirmed by a translator (`checked`), like the Cyrillic forms of the contacts' names.
   */
  hungarianName: z.object({ familyName: z.string(), givenName: z.string(), checked: z.boolean() }).optional(),
  /** Position in the composition of the delegation (head first). */
  order: z.number().int().nonnegative(),
});
export type Delegate = z.infer<typeof delegateSchema>;
