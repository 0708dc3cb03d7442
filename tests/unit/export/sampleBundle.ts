import { readFileSync } from 'node:fs';
import { loadTourFile, type LoadedTour } from '../../../renderer/cli/loadTourFile';

export const SAMPLE_PATH = new URL(
  '../../../renderer/assets/sample/study-tour-hungary-2010.json',
  import.meta.url,
);

/** The sample tour as a bundle, with predictable ids ("rec-1", "rec-2", …). */
export function loadSample(): LoadedTour {
  let n = 0;
  const now = '2026-01-01T00:00:00.000Z';
  return loadTourFile(readFileSync(SAMPLE_PATH, 'utf8'), {
    fresh: () => ({
      id: `rec-${++n}`,
      createdAt: now,
      updatedAt: now,
      deviceId: 'test',
      revision: 1,
      deletedAt: null,
    }),
  });
}
