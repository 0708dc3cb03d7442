import { sampleFileSchema } from '../domain/sample/sampleFormat';
import { mapSampleToBundle } from '../domain/sample/mapSample';
import { writeTourBundle } from './bundleWriter';
import { createStamper } from './stamping';

export class ImportFormatError extends Error {
  constructor(readonly detail: string) {
    super(`Not a study tour file: ${detail}`);
    this.name = 'ImportFormatError';
  }
}

/**
 * Imports a file in the documented "study-tour-sample" format as a new tour.
 * Validated completely before anything is written; written in one transaction.
 * Returns the id of the new tour.
 */
export async function importSampleFile(content: unknown): Promise<string> {
  const parsed = sampleFileSchema.safeParse(content);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ImportFormatError(first ? `${first.path.join('.')}: ${first.message}` : 'invalid');
  }
  const bundle = mapSampleToBundle(parsed.data, await createStamper());
  await writeTourBundle(bundle);
  return bundle.tour.id;
}
