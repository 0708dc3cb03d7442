import type { RecordMeta } from '../domain/entities';
import { newId } from '../domain/ids';
import { descend } from '../domain/merge';
import type { RecordStamper } from '../domain/sample/mapSample';
import { nowIso } from './clock';
import { deviceId } from './settings';

/** Metadata for a record being created now on this device: its first version. */
export function freshMeta(device: string, now: string = nowIso()): RecordMeta {
  return {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    deviceId: device,
    revision: 1,
    deletedAt: null,
    vv: { [device]: 1 },
  };
}

export async function createStamper(): Promise<RecordStamper> {
  const device = await deviceId();
  const now = nowIso();
  return { fresh: () => freshMeta(device, now) };
}

/**
 * The stamps of a changed record: a new version made on this device now, descending from the
 * stored one (its history is carried on; whatever history `next` brings is ignored). `createdAt`
 * and `id` never change.
 */
export function restamp<T extends RecordMeta>(stored: T | undefined, next: T, device: string): T {
  const now = nowIso();
  const content = { ...next, id: stored?.id ?? next.id, createdAt: stored?.createdAt ?? now };
  return descend(content, stored ? [stored] : [], device, now);
}
