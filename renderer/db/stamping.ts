import type { RecordMeta } from '../domain/entities';
import { newId } from '../domain/ids';
import type { RecordStamper } from '../domain/sample/mapSample';
import { nowIso } from './clock';
import { deviceId } from './settings';

/** Metadata for a record being created now on this device. */
export function freshMeta(device: string, now: string = nowIso()): RecordMeta {
  return { id: newId(), createdAt: now, updatedAt: now, deviceId: device, revision: 1, deletedAt: null };
}

export async function createStamper(): Promise<RecordStamper> {
  const device = await deviceId();
  const now = nowIso();
  return { fresh: () => freshMeta(device, now) };
}

/**
 * The stamps of a changed record: one revision more than what is stored, this device,
 * now. `createdAt` and `id` never change.
 */
export function restamp<T extends RecordMeta>(stored: T | undefined, next: T, device: string): T {
  const now = nowIso();
  return {
    ...next,
    id: stored?.id ?? next.id,
    createdAt: stored?.createdAt ?? now,
    updatedAt: now,
    deviceId: device,
    revision: (stored?.revision ?? 0) + 1,
  };
}
