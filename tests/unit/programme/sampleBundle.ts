import { readFileSync } from 'node:fs';
import { newId } from '../../../renderer/domain/ids';
import { mapSampleToBundle } from '../../../renderer/domain/sample/mapSample';
import { sampleFileSchema } from '../../../renderer/domain/sample/sampleFormat';
import type { TourBundle } from '../../../renderer/domain/tourBundle';

/** The sample file as written (sample ids, not app ids). */
export const sampleFile = sampleFileSchema.parse(
  JSON.parse(
    readFileSync(
      new URL('../../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url),
      'utf8',
    ),
  ),
);

/** The sample tour mapped to app records, without a database. */
export function sampleBundle(): TourBundle {
  const now = '2026-01-01T00:00:00.000Z';
  return mapSampleToBundle(sampleFile, {
    fresh: () => ({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      deviceId: 'test',
      revision: 1,
      deletedAt: null,
    }),
  });
}
