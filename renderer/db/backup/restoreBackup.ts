import type { Tour } from '../../domain/entities';
import { restoreVersion } from '../../domain/merge';
import { TOUR_RECORD_KINDS, type TourRecordKind } from '../../domain/tourBundle';
import { nowIso } from '../clock';
import { db } from '../database';
import { withSealedAttachments } from '../protection/sealNewBlobs';
import { deviceId } from '../settings';
import type { DecodedBundle } from './decodeBundle';
import { writeError } from './errors';
import { BUNDLE_KINDS, type BundleKind } from './format';
import { tableOf, type BundleRecord as AnyRecord } from './tables';

export { readBackupFile } from './readBackupFile';

/** How a tour of the backup relates to this computer. */
export type TourRestoreState = 'new' | 'present' | 'deleted-here';

export interface RestorePreview {
  tours: {
    tour: Tour;
    state: TourRestoreState;
    /** Live records of the tour in the backup, per table. */
    counts: Record<TourRecordKind, number>;
  }[];
  /** Records on this computer that differ from the backup and will be put back to the backup's version. */
  replaced: number;
}

function recordsOf(decoded: DecodedBundle, kind: BundleKind): AnyRecord[] {
  return kind === 'tours' ? decoded.data.tours : decoded.data.records[kind];
}

/** What a restore would do, for the preview shown before the user confirms. */
export async function previewRestore(decoded: DecodedBundle): Promise<RestorePreview> {
  const tables = BUNDLE_KINDS.map((kind) => tableOf(kind));
  return db.transaction('r', tables, async () => {
    let replaced = 0;
    for (const kind of BUNDLE_KINDS) {
      const incoming = recordsOf(decoded, kind);
      const local = await tableOf(kind).bulkGet(incoming.map((record) => record.id));
      incoming.forEach((record, index) => {
        const here = local[index];
        if (here && restoreVersion(here, record, '', '') !== null) replaced += 1;
      });
    }
    const tours: RestorePreview['tours'] = [];
    for (const tour of decoded.data.tours.filter((candidate) => candidate.deletedAt === null)) {
      const here = await db.tours.get(tour.id);
      const counts = Object.fromEntries(
        TOUR_RECORD_KINDS.map((kind) => [
          kind,
          decoded.data.records[kind].filter(
            (record) => record.tourId === tour.id && record.deletedAt === null,
          ).length,
        ]),
      ) as Record<TourRecordKind, number>;
      const state: TourRestoreState = !here ? 'new' : here.deletedAt === null ? 'present' : 'deleted-here';
      tours.push({ tour, state, counts });
    }
    return { tours, replaced };
  });
}

export interface RestoreResult {
  /** Live tours of the backup, now on this computer. */
  tourIds: string[];
  written: number;
}

/**
 * Puts every record of the backup back, in one transaction: all of it or nothing (a full
 * disk aborts the transaction and leaves the database as it was). Records only on this
 * computer are left alone. A record here in another version is replaced by the backup's, with
 * the backup's history (domain/merge restoreVersion: restore is not an edit, except bringing
 * back what was deleted here).
 */
export async function restoreBackup(bundle: DecodedBundle): Promise<RestoreResult> {
  const device = await deviceId();
  const decoded = await withSealedAttachments(bundle);
  const now = nowIso();
  const tables = BUNDLE_KINDS.map((kind) => tableOf(kind));
  let written = 0;
  try {
    await db.transaction('rw', tables, async () => {
      for (const kind of BUNDLE_KINDS) {
        const table = tableOf(kind);
        const incoming = recordsOf(decoded, kind);
        const local = await table.bulkGet(incoming.map((record) => record.id));
        const puts: AnyRecord[] = [];
        incoming.forEach((record, index) => {
          const put = restoreVersion(local[index], record, device, now);
          if (put) puts.push(put);
        });
        if (puts.length > 0) await table.bulkPut(puts);
        written += puts.length;
      }
    });
  } catch (cause) {
    throw writeError(cause);
  }
  return {
    tourIds: decoded.data.tours.filter((tour) => tour.deletedAt === null).map((tour) => tour.id),
    written,
  };
}
