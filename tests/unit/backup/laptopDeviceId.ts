import type * as Settings from '../../../renderer/db/settings';

/**
 * The settings module with a device id read from each laptop's own database. The app keeps its
 * device id in memory; tests that switch laptops inside one process need each laptop's own.
 * Used from a `vi.mock` factory: `(await import('./laptopDeviceId')).withPerLaptopDeviceId(...)`.
 */
export async function withPerLaptopDeviceId(original: typeof Settings): Promise<typeof Settings> {
  const { db: database } = await import('../../../renderer/db/database');
  return {
    ...original,
    deviceId: () =>
      database.transaction('rw', database.settings, async () => {
        const existing = await original.readSetting<string>('deviceId');
        if (existing) return existing;
        const created = crypto.randomUUID();
        await original.writeSetting('deviceId', created);
        return created;
      }),
  };
}
