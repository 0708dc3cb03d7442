import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { deleteFinding, saveFinding, type NewPhoto } from '../../../renderer/db/findings';
import { listRecentlyDeleted, restoreDeleted, usageOfContact } from '../../../renderer/db/recycleBin';
import { contacts } from '../../../renderer/db/repositories';
import { restorable, RECYCLE_BIN_DAYS } from '../../../renderer/domain/recycleBin';
import { resetDb } from '../db/resetDb';
import { loadSampleTour } from '../findings/sampleTour';

const DAY = 24 * 60 * 60 * 1000;
const photo: NewPhoto = {
  blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' }),
  thumbnail: null,
  width: 10,
  height: 10,
  fileName: 'hall.jpg',
  mimeType: 'image/jpeg',
};

describe('recycle bin retention', () => {
  it('keeps a deletion restorable for 30 days, not a moment longer', () => {
    const deletedAt = '2026-11-01T12:00:00.000Z';
    const at = Date.parse(deletedAt);
    expect(RECYCLE_BIN_DAYS).toBe(30);
    expect(restorable(deletedAt, at)).toBe(true);
    expect(restorable(deletedAt, at + 29 * DAY)).toBe(true);
    expect(restorable(deletedAt, at + 30 * DAY)).toBe(true);
    expect(restorable(deletedAt, at + 30 * DAY + 1)).toBe(false);
    expect(restorable(null, at)).toBe(false);
    expect(restorable('garbage', at)).toBe(false);
  });
});

describe('recently deleted records', () => {
  beforeEach(resetDb);

  it('lists a deleted contact for 30 days and restores it with its visits and findings', async () => {
    const tour = await loadSampleTour();
    const host = tour.events.find((event) => event.hostContactIds.length > 0)!;
    const contactId = host.hostContactIds[0]!;
    const before = await usageOfContact(contactId, tour.tour.id);
    expect(before.visits).toBeGreaterThan(0);

    await contacts.remove(contactId);
    const now = Date.now();
    expect((await listRecentlyDeleted(tour.tour.id, now)).map((entry) => entry.record.id)).toEqual([
      contactId,
    ]);
    expect(await listRecentlyDeleted(tour.tour.id, now + 29 * DAY)).toHaveLength(1);
    expect(await listRecentlyDeleted(tour.tour.id, now + 31 * DAY)).toHaveLength(0);

    await restoreDeleted('contacts', contactId);
    const restored = await db.contacts.get(contactId);
    expect(restored?.deletedAt).toBeNull();
    expect(restored?.revision).toBe(3); // created, deleted, restored: the restore is a change like any other
    expect(await usageOfContact(contactId, tour.tour.id)).toEqual(before);
    expect(await listRecentlyDeleted(tour.tour.id)).toHaveLength(0);
  });

  it('restores a finding with its photos and, on Undo, its place in recommendations', async () => {
    const tour = await loadSampleTour();
    const recommendation = tour.recommendations.find((rec) => rec.findingIds.length > 0)!;
    const findingId = recommendation.findingIds[0]!;
    const finding = (await db.findings.get(findingId))!;
    await saveFinding(finding, { add: [photo] });
    const unlinked = await deleteFinding(findingId);
    expect(unlinked).toContain(recommendation.id);
    const photos = await db.attachments.where('ownerId').equals(findingId).toArray();
    expect(photos.every((attachment) => attachment.deletedAt !== null)).toBe(true);

    await restoreDeleted('findings', findingId, { recommendationIds: unlinked });
    expect((await db.findings.get(findingId))?.deletedAt).toBeNull();
    const after = await db.attachments.where('ownerId').equals(findingId).toArray();
    expect(after.filter((attachment) => attachment.deletedAt === null).map((a) => a.fileName)).toEqual([
      'hall.jpg',
    ]);
    expect((await db.recommendations.get(recommendation.id))?.findingIds).toContain(findingId);
  });

  it('leaves a live record as it is', async () => {
    const tour = await loadSampleTour();
    const contact = tour.contacts[0]!;
    await restoreDeleted('contacts', contact.id);
    expect((await db.contacts.get(contact.id))?.revision).toBe(contact.revision);
  });
});
