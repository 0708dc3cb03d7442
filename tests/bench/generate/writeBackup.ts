import { encodeBundle } from '../../../renderer/db/backup/encodeBundle';
import type { DataSet } from '../../../renderer/db/backup/format';
import type { TourOwned } from '../../../renderer/domain/entities';
import { TOUR_RECORD_KINDS, type TourBundle } from '../../../renderer/domain/tourBundle';

/** A tour bundle as the backup writer's data set (one tour). */
export function bundleAsDataSet(bundle: TourBundle): DataSet {
  const records = Object.fromEntries(
    TOUR_RECORD_KINDS.map((kind) => [kind, bundle[kind] as TourOwned[]]),
  ) as DataSet['records'];
  return { tours: [bundle.tour], records };
}

/** The tour as a .ddbackup file, written by the app's own backup encoder. */
export function backupBytes(bundle: TourBundle, createdAt = '2026-03-14T18:00:00.000Z'): Promise<Uint8Array> {
  return encodeBundle(bundleAsDataSet(bundle), {
    purpose: 'backup',
    createdAt,
    appVersion: 'bench',
    deviceId: 'bench-generator',
  });
}
