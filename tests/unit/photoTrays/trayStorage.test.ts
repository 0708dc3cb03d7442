import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBackup, readBackupFile, restoreBackup } from '../../../renderer/db/backup';
import { decodeBundle } from '../../../renderer/db/backup/decodeBundle';
import { db } from '../../../renderer/db/database';
import { exportForExchange } from '../../../renderer/db/exchange';
import { saveFinding, type NewPhoto } from '../../../renderer/db/findings';
import {
  addTrayPhoto,
  addTrayPhotosToFinding,
  deleteTrayPhotos,
  restoreTrayPhotos,
} from '../../../renderer/db/photoTrays';
import { listByTour } from '../../../renderer/db/repository';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import type { Attachment, TourEvent } from '../../../renderer/domain/entities';
import { sortIntoTrays } from '../../../renderer/domain/findings';
import { resetDb } from '../db/resetDb';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const sample: unknown = JSON.parse(
  readFileSync(
    new URL('../../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url),
    'utf8',
  ),
);

const photo = (name: string): NewPhoto => ({
  blob: new Blob([new Uint8Array([0xff, 0xd8, 1, 2, 3, 0xff, 0xd9])], { type: 'image/jpeg' }),
  thumbnail: new Blob([new Uint8Array([0xff, 0xd8, 4, 0xff, 0xd9])], { type: 'image/jpeg' }),
  width: 2000,
  height: 1500,
  fileName: name,
  mimeType: 'image/jpeg',
});

/** During the sample's visit to the National Police Headquarters (09:30–12:30 in Budapest). */
const AT_POLICE_HQ = '2010-09-20T10:15:00+02:00';

async function trays(tourId: string) {
  const [attachments, events] = await Promise.all([
    listByTour(db.attachments, tourId),
    listByTour(db.events, tourId),
  ]);
  const sorted = sortIntoTrays(attachments, events);
  return {
    visits: sorted.visits.map((tray) => ({
      start: tray.event.start,
      photos: tray.photos.map((p) => p.fileName),
    })),
    unsorted: sorted.unsorted.map((p) => p.fileName),
  };
}

function draftAt(visit: TourEvent) {
  return {
    tourId: visit.tourId,
    themeId: visit.themeIds[0]!,
    eventId: visit.id,
    kind: 'observation' as const,
    title: { ru: 'Приёмная' },
    text: {},
    sourceContactIds: visit.hostContactIds,
    authorDelegateId: null,
    date: '2010-09-20',
    tags: [],
    applicability: null,
    applicabilityNote: {},
    includeInReport: true,
  };
}

async function policeHq(tourId: string) {
  const events = await listByTour(db.events, tourId);
  return events.find((event) => event.start === '2010-09-20T09:30')!;
}

describe('the photo trays', () => {
  let tourId: string;
  beforeEach(async () => {
    await resetDb();
    tourId = await importSampleFile(sample);
  });

  it('keep imported photos as records of the tour, sorted by visit, until a finding takes them', async () => {
    const hall = await addTrayPhoto(tourId, photo('hall.jpg'), AT_POLICE_HQ);
    const street = await addTrayPhoto(tourId, photo('street.jpg'), null);
    expect(hall).toMatchObject({ ownerType: 'tour', ownerId: tourId, capturedAt: AT_POLICE_HQ });
    expect(await trays(tourId)).toEqual({
      visits: [{ start: '2010-09-20T09:30', photos: ['hall.jpg'] }],
      unsorted: ['street.jpg'],
    });

    // A finding made from the visit's tray: the photo moves to it, with the caption typed.
    const visit = await policeHq(tourId);
    const finding = await saveFinding(draftAt(visit), {
      adopt: [hall.id],
      captions: { [hall.id]: { ru: 'Зал приёма' } },
    });
    const moved = await db.attachments.get(hall.id);
    expect(moved).toMatchObject({
      ownerType: 'finding',
      ownerId: finding.id,
      caption: { ru: 'Зал приёма' },
      capturedAt: AT_POLICE_HQ,
      order: 0,
    });
    expect(moved!.revision).toBe(hall.revision + 1);

    // An unsorted photo added to that finding goes after its photos.
    await addTrayPhotosToFinding(finding.id, [street.id]);
    expect(await db.attachments.get(street.id)).toMatchObject({
      ownerType: 'finding',
      ownerId: finding.id,
      order: 1,
    });
    expect(await trays(tourId)).toEqual({ visits: [], unsorted: [] });

    // A photo already taken by a finding is not taken twice.
    const again = await saveFinding(draftAt(visit), { adopt: [hall.id] });
    expect((await db.attachments.get(hall.id))!.ownerId).toBe(finding.id);
    expect(await db.attachments.where('ownerId').equals(again.id).count()).toBe(0);
  });

  it('delete photos as tombstones, and Undo brings them back', async () => {
    const hall = await addTrayPhoto(tourId, photo('hall.jpg'), AT_POLICE_HQ);
    await deleteTrayPhotos(tourId, [hall.id]);
    expect((await db.attachments.get(hall.id))!.deletedAt).not.toBeNull();
    expect(await trays(tourId)).toEqual({ visits: [], unsorted: [] });
    await restoreTrayPhotos(tourId, [hall.id]);
    expect((await trays(tourId)).visits).toEqual([{ start: '2010-09-20T09:30', photos: ['hall.jpg'] }]);
  });

  it('survive a backup and its restore, with their capture times', async () => {
    const hall = await addTrayPhoto(tourId, photo('hall.jpg'), AT_POLICE_HQ);
    const street = await addTrayPhoto(tourId, photo('street.jpg'), null);
    const backup = await makeBackup('everything', '0.1.0');
    await resetDb();
    await restoreBackup(await readBackupFile(backup.bytes));
    expect(await db.attachments.get(hall.id)).toMatchObject({ ownerType: 'tour', capturedAt: AT_POLICE_HQ });
    expect(await db.attachments.get(street.id)).toMatchObject({ ownerType: 'tour', capturedAt: null });
    expect(await trays(tourId)).toEqual({
      visits: [{ start: '2010-09-20T09:30', photos: ['hall.jpg'] }],
      unsorted: ['street.jpg'],
    });
  });

  it('stay on this laptop in exchange files; a photo made part of a finding travels', async () => {
    const hall = await addTrayPhoto(tourId, photo('hall.jpg'), AT_POLICE_HQ);
    const street = await addTrayPhoto(tourId, photo('street.jpg'), null);
    const [finding] = await listByTour(db.findings, tourId);
    await addTrayPhotosToFinding(finding!.id, [hall.id]);
    const exchange = await exportForExchange({ tourId, senderName: 'Anna', appVersion: '0.1.0' });
    const decoded = await decodeBundle(exchange.bytes);
    const sent = decoded.data.records.attachments as Attachment[];
    expect(sent.map((attachment) => attachment.id)).toContain(hall.id);
    expect(sent.map((attachment) => attachment.id)).not.toContain(street.id);
    expect(sent.every((attachment) => attachment.ownerType !== 'tour')).toBe(true);
  });
});
