import { db } from './database';
import type { SaveOptions } from './repository';
import { delegates, events, findings, materials } from './repositories';

/**
 * Writes of the itinerary that touch more than one record. Each runs in one transaction,
 * so a deletion never leaves a record pointing at something that is gone.
 */

/** Live findings recorded at an event: the screen asks before deleting an event that has some. */
export async function countFindingsOfEvent(eventId: string): Promise<number> {
  return db.findings
    .where('eventId')
    .equals(eventId)
    .filter((finding) => finding.deletedAt === null)
    .count();
}

/** Live materials received at an event: the delete dialog says so. */
export async function countMaterialsOfEvent(eventId: string): Promise<number> {
  return db.materials
    .where('eventId')
    .equals(eventId)
    .filter((material) => material.deletedAt === null)
    .count();
}

/**
 * Deletes an event (tombstone) and keeps what was noted there: findings and materials
 * stay, with their link to the event cleared. `options.basedOn`: the version the user chose to
 * delete; another version by now deletes nothing (SaveConflictError).
 */
export async function deleteEventKeepingFindings(eventId: string, options: SaveOptions = {}): Promise<void> {
  await db.transaction('rw', [db.events, db.findings, db.materials, db.settings], async () => {
    const linkedFindings = (await db.findings.where('eventId').equals(eventId).toArray()).filter(
      (record) => record.deletedAt === null,
    );
    for (const finding of linkedFindings) await findings.save({ ...finding, eventId: null });
    const linkedMaterials = (await db.materials.where('eventId').equals(eventId).toArray()).filter(
      (record) => record.deletedAt === null,
    );
    for (const material of linkedMaterials) await materials.save({ ...material, eventId: null });
    // The tombstone remembers what was noted there, so a restore links it again.
    await events.remove(
      eventId,
      {
        'findings.eventId': linkedFindings.map((finding) => finding.id),
        'materials.eventId': linkedMaterials.map((material) => material.id),
      },
      options,
    );
  });
}

/**
 * Deletes a delegate (tombstone), taking them off every event of the programme and
 * clearing them as author of findings, which stay. `options.basedOn`: as for an event.
 */
export async function deleteDelegate(delegateId: string, options: SaveOptions = {}): Promise<void> {
  await db.transaction('rw', [db.delegates, db.events, db.findings, db.settings], async () => {
    const delegate = await db.delegates.get(delegateId);
    if (!delegate) return;
    const tourEvents = (await db.events.where('tourId').equals(delegate.tourId).toArray()).filter(
      (event) => event.deletedAt === null && event.delegateIds.includes(delegateId),
    );
    for (const event of tourEvents)
      await events.save({ ...event, delegateIds: event.delegateIds.filter((id) => id !== delegateId) });
    const tourFindings = (await db.findings.where('tourId').equals(delegate.tourId).toArray()).filter(
      (finding) => finding.deletedAt === null && finding.authorDelegateId === delegateId,
    );
    for (const finding of tourFindings) await findings.save({ ...finding, authorDelegateId: null });
    // The tombstone remembers the visits and findings, so a restore puts the delegate back in them.
    await delegates.remove(
      delegateId,
      {
        'events.delegateIds': tourEvents.map((event) => event.id),
        'findings.authorDelegateId': tourFindings.map((finding) => finding.id),
      },
      options,
    );
  });
}
