import { z } from 'zod';

/** App-wide preferences (active tour, device id); keyed by name, not part of any tour. */
export const settingSchema = z.object({
  key: z.string().min(1),
  value: z.unknown(),
});
export type Setting = z.infer<typeof settingSchema>;
