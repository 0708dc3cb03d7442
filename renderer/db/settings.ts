import { db } from './database';
import { newId } from '../domain/ids';

const DEVICE_ID = 'deviceId';
const ACTIVE_TOUR_ID = 'activeTourId';

export async function readSetting<T>(key: string): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row?.value as T | undefined;
}

export async function writeSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

let cachedDeviceId: string | undefined;

/**
 * The id of this installation, stamped on every write so a merge can tell
 * which laptop changed a record. Created once, inside a transaction, so two
 * concurrent first writes cannot make two ids; kept in memory afterwards, since
 * every write needs it and it never changes.
 */
export async function deviceId(): Promise<string> {
  if (cachedDeviceId) return cachedDeviceId;
  const id = await db.transaction('rw', db.settings, async () => {
    const existing = await readSetting<string>(DEVICE_ID);
    if (existing) return existing;
    const created = newId();
    await writeSetting(DEVICE_ID, created);
    return created;
  });
  cachedDeviceId = id;
  return id;
}

export function readActiveTourId(): Promise<string | undefined> {
  return readSetting<string>(ACTIVE_TOUR_ID);
}

export function setActiveTourId(tourId: string | null): Promise<void> {
  return writeSetting(ACTIVE_TOUR_ID, tourId);
}

export const SETTING_KEYS = { deviceId: DEVICE_ID, activeTourId: ACTIVE_TOUR_ID } as const;
