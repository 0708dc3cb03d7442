import type { Attachment, Finding } from '../domain/entities';
import { nextOrder } from '../domain/findings';
import { db } from './database';
import { changeFindingPhotos, type NewPhoto } from './findings';
import { sealNewBlobs } from './protection/sealNewBlobs';
import * as repos from './repositories';

/**
 * The photo trays: photos imported from a phone's folder or a card wait here, as attachments owned
 * by their tour (`ownerType: 'tour'`), until a finding is made from them or they are added to one.
 * They are records like any other, so they survive closing the app and are in backups; exchange
 * files leave them out (db/exchange) until they belong to a finding. Which tray a photo is in is
 * worked out from its capture time and the programme (domain/images/photoTrays), never stored:
 * a visit moved in the programme takes its photos along.
 */

const isTrayPhoto = (attachment: Attachment, tourId: string) =>
  attachment.deletedAt === null && attachment.ownerType === 'tour' && attachment.ownerId === tourId;

/** Stores one imported photo, already downscaled, in the tour's trays. */
export async function addTrayPhoto(
  tourId: string,
  photo: NewPhoto,
  capturedAt: string | null,
): Promise<Attachment> {
  photo = await sealNewBlobs(photo);
  return db.transaction('rw', [db.tours, db.attachments, db.settings], async () => {
    const tour = await repos.tours.get(tourId);
    if (!tour || tour.deletedAt !== null) throw new Error(`No tour ${tourId}`);
    const waiting = (await db.attachments.where('ownerId').equals(tourId).toArray()).filter((a) =>
      isTrayPhoto(a, tourId),
    );
    return repos.attachments.save({
      tourId,
      ownerType: 'tour',
      ownerId: tourId,
      kind: 'photo',
      fileName: photo.fileName,
      mimeType: photo.mimeType,
      size: photo.blob.size,
      width: photo.width,
      height: photo.height,
      caption: photo.caption ?? {},
      order: nextOrder(waiting),
      blob: photo.blob,
      thumbnail: photo.thumbnail,
      capturedAt,
    });
  });
}

/**
 * Moves tray photos to a finding, after its own photos. Runs inside the caller's transaction
 * (which must include attachments and settings); photos no longer in the tray (taken by a finding in
 * another window, deleted) are skipped. Returns the photos moved.
 */
export async function moveTrayPhotos(
  finding: Pick<Finding, 'id' | 'tourId'>,
  attachmentIds: readonly string[],
  captions: Readonly<Record<string, Attachment['caption']>> = {},
): Promise<Attachment[]> {
  const own = (await db.attachments.where('ownerId').equals(finding.id).toArray()).filter(
    (attachment) => attachment.deletedAt === null,
  );
  let order = nextOrder(own);
  const moved: Attachment[] = [];
  for (const id of new Set(attachmentIds)) {
    const photo = await repos.attachments.get(id);
    if (!photo || !isTrayPhoto(photo, finding.tourId)) continue;
    moved.push(
      await repos.attachments.save({
        ...photo,
        ownerType: 'finding',
        ownerId: finding.id,
        order: order++,
        caption: captions[id] ?? photo.caption,
      }),
    );
  }
  return moved;
}

/** Adds tray photos to an existing finding of the same tour. */
export function addTrayPhotosToFinding(
  findingId: string,
  attachmentIds: readonly string[],
): Promise<Attachment[]> {
  return changeFindingPhotos(findingId, (finding) => moveTrayPhotos(finding, attachmentIds));
}

/** Deletes photos from the trays (tombstones, as every deletion). */
export async function deleteTrayPhotos(tourId: string, attachmentIds: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.attachments, db.settings], async () => {
    for (const id of attachmentIds) {
      const photo = await repos.attachments.get(id);
      if (photo && isTrayPhoto(photo, tourId)) await repos.attachments.remove(id);
    }
  });
}

/** Undo of `deleteTrayPhotos`: the photos go back to their trays (an ordinary change). */
export async function restoreTrayPhotos(tourId: string, attachmentIds: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.attachments, db.settings], async () => {
    for (const id of attachmentIds) {
      const stored = await db.attachments.get(id);
      if (!stored || stored.deletedAt === null || stored.ownerType !== 'tour' || stored.ownerId !== tourId)
        continue;
      // A stored record with its stamps is a valid draft: `save` clears deletedAt and re-stamps it.
      await repos.attachments.save({ ...stored });
    }
  });
}
