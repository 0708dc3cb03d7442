import { readFileSync } from 'node:fs';
import { mapSampleToBundle } from '../../../renderer/domain/sample/mapSample';
import { sampleFileSchema } from '../../../renderer/domain/sample/sampleFormat';
import type { TourBundle } from '../../../renderer/domain/tourBundle';

/** The sample tour mapped to records in memory, without a database. */
export function sampleBundle(): TourBundle {
  const json: unknown = JSON.parse(
    readFileSync(
      new URL('../../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url),
      'utf8',
    ),
  );
  let counter = 0;
  return mapSampleToBundle(sampleFileSchema.parse(json), {
    fresh: () => ({
      id: `id-${++counter}`,
      createdAt: '2010-09-01T00:00:00.000Z',
      updatedAt: '2010-09-01T00:00:00.000Z',
      deviceId: 'test',
      revision: 1,
      deletedAt: null,
    }),
  });
}
