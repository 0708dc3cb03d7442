import { appendChange, changedFields, type ChangeAction } from '../domain/authorship/changeLog';
import type { RecordMeta } from '../domain/entities';
import { newRecordMeta } from '../domain/recordMeta';
import { descend } from '../domain/merge';
import type { RecordStamper } from '../domain/sample/mapSample';
import { nowIso } from './clock';
import { deviceId } from './settings';

/** Metadata for a record being created now on this device: its first version. */
export function freshMeta(device: string, now: string = nowIso()): RecordMeta {
  return newRecordMeta(device, now);
}

export async function createStamper(): Promise<RecordStamper> {
  const device = await deviceId();
  const now = nowIso();
  return { fresh: () => freshMeta(device, now) };
}

/** What a new version does to the record: the action its history entry names. */
function actionOf(stored: RecordMeta | undefined, next: RecordMeta): ChangeAction {
  if (!stored) return 'created';
  if (next.deletedAt !== null && stored.deletedAt === null) return 'deleted';
  if (next.deletedAt === null && stored.deletedAt !== null) return 'restored';
  return 'changed';
}

/**
 * The stamps of a changed record: a new version made on this device now, descending from the
 * stored one (its history is carried on; whatever history `next` brings is ignored). `createdAt`,
 * `createdBy` and `id` never change. `author`: the delegate this laptop's user is (db/identity),
 * stamped as the last editor and, on a new record, its creator; the change joins the record's
 * short history (who, when, which fields), unless nothing changed.
 */
export function restamp<T extends RecordMeta>(
  stored: T | undefined,
  next: T,
  device: string,
  author: string | null = null,
): T {
  const now = nowIso();
  const content: T = { ...next, id: stored?.id ?? next.id, createdAt: stored?.createdAt ?? now };
  if (stored) {
    if (stored.createdBy === undefined) delete content.createdBy;
    else content.createdBy = stored.createdBy;
  } else content.createdBy = author;
  if (stored?.changes) content.changes = stored.changes;
  else delete content.changes;
  const descended = descend(content, stored ? [stored] : [], device, now);
  const action = actionOf(stored, next);
  const fields = action === 'changed' && stored ? changedFields(stored, next) : [];
  const stamped: T = { ...descended, updatedBy: author };
  if (action !== 'changed' || fields.length > 0)
    stamped.changes = appendChange(descended.changes, { at: now, by: author, device, action, fields });
  return stamped;
}
