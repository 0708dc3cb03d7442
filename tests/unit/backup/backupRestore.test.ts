import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  makeBackup,
  peekBundlePurpose,
  previewRestore,
  readBackupFile,
  restoreBackup,
} from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import { attachments, findings } from '../../../renderer/db/repositories';
import { deleteTour, listTours } from '../../../renderer/db/tours';
import type { Attachment, TourOwned } from '../../../renderer/domain/entities';
import { TOUR_RECORD_KINDS } from '../../../renderer/domain/tourBundle';
import { resetDb } from '../db/resetDb';
import { comparableAttachments, dumpDb, sampleTourWithPhoto } from './laptop';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** The tour data of the database, attachments' Blobs as bytes. */
async function tourData() {
  const data: Record<string, unknown[]> = { tours: await db.tours.toArray() };
  for (const kind of TOUR_RECORD_KINDS) {
    const rows = await db.table<TourOwned, string>(kind).toArray();
    data[kind] = kind === 'attachments' ? await comparableAttachments(rows as Attachment[]) : rows;
  }
  for (const rows of Object.values(data))
    rows.sort((a, b) => ((a as TourOwned).id < (b as TourOwned).id ? -1 : 1));
  return data;
}

describe('backup and restore', () => {
  beforeEach(resetDb);

  it('restores the sample tour with a photo into an empty app exactly, attachments byte for byte', async () => {
    await sampleTourWithPhoto();
    const before = await tourData();
    const backup = await makeBackup('everything', '0.1.0');
    expect(peekBundlePurpose(backup.bytes)).toBe('backup');
    expect(peekBundlePurpose(new TextEncoder().encode('not a zip'))).toBeNull();
    expect(backup.fileName).toMatch(/^delegation-desk-all-\d{4}-\d{2}-\d{2}-\d{4}\.ddbackup$/);

    await resetDb();
    const decoded = await readBackupFile(backup.bytes);
    const preview = await previewRestore(decoded);
    expect(preview.tours).toHaveLength(1);
    expect(preview.tours[0]?.state).toBe('new');
    expect(preview.tours[0]?.counts.findings).toBe(16);
    expect(preview.tours[0]?.counts.attachments).toBe(1);
    await restoreBackup(decoded);
    expect(await tourData()).toEqual(before);
  });

  it('brings a deleted tour back, newer than its tombstones', async () => {
    const { tourId, findingId } = await sampleTourWithPhoto();
    const backup = await makeBackup({ tourId }, '0.1.0');
    await deleteTour(tourId);
    expect(await listTours()).toHaveLength(0);

    const decoded = await readBackupFile(backup.bytes);
    expect((await previewRestore(decoded)).tours[0]?.state).toBe('deleted-here');
    const result = await restoreBackup(decoded);
    expect(result.tourIds).toEqual([tourId]);
    expect((await listTours()).map((tour) => tour.id)).toEqual([tourId]);
    expect(await findings.get(findingId)).toBeDefined();
    const photos = await db.attachments.where('ownerId').equals(findingId).toArray();
    expect(photos.every((photo) => photo.deletedAt === null)).toBe(true);
  });

  it('restores next to existing data without touching the other tours', async () => {
    const first = await sampleTourWithPhoto();
    const backup = await makeBackup({ tourId: first.tourId }, '0.1.0');
    await resetDb();
    const other = await sampleTourWithPhoto();
    const otherBefore = await db.findings.where('tourId').equals(other.tourId).toArray();
    await restoreBackup(await readBackupFile(backup.bytes));
    expect((await listTours()).map((tour) => tour.id).sort()).toEqual([first.tourId, other.tourId].sort());
    expect(await db.findings.where('tourId').equals(other.tourId).toArray()).toEqual(otherBefore);
  });

  it('property: backup then restore gives back equal data, attachments byte-identical', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.string({ maxLength: 40 }),
        fc.boolean(),
        async (bytes, title, deleteFinding) => {
          await resetDb();
          const { findingId } = await sampleTourWithPhoto(bytes);
          const finding = await findings.get(findingId);
          await findings.save({ ...finding!, title: { ...finding!.title, hu: title } });
          if (deleteFinding) await findings.remove(findingId);
          const before = await tourData();
          const backup = await makeBackup('everything', '0.1.0');
          await resetDb();
          await restoreBackup(await readBackupFile(backup.bytes));
          expect(await tourData()).toEqual(before);
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);

  it('restoring the same backup twice writes nothing the second time', async () => {
    await sampleTourWithPhoto();
    const backup = await makeBackup('everything', '0.1.0');
    const decoded = await readBackupFile(backup.bytes);
    expect((await restoreBackup(decoded)).written).toBe(0);
    const before = await dumpDb();
    await restoreBackup(decoded);
    expect(await dumpDb()).toEqual(before);
  });

  it('replaces a record changed since the backup and says so in the preview', async () => {
    const { tourId, photo } = await sampleTourWithPhoto();
    const backup = await makeBackup({ tourId }, '0.1.0');
    await attachments.save({ ...photo, caption: { ru: 'Другая подпись' } });
    const decoded = await readBackupFile(backup.bytes);
    expect((await previewRestore(decoded)).replaced).toBe(1);
    await restoreBackup(decoded);
    const restored = await attachments.get(photo.id);
    expect(restored?.caption).toEqual({ ru: 'Приёмная' });
    // Rolling back this laptop's own change is a change of this laptop: a version descending
    // from the one it replaces (its counter never goes back; see domain/merge restoreVersion).
    expect(restored?.revision).toBe(3);
    expect(Object.values(restored?.vv ?? {})).toEqual([3]);
  });
});
