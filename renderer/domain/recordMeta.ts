import type { RecordMeta } from './entities';
import { newId } from './ids';

/**
 * The stamps of a record made now on `device`: its first version. Pure (the time is given), so the
 * import worker stamps a tour file's records without the database.
 */
export function newRecordMeta(device: string, now: string): RecordMeta {
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
