import { writeTourBundle } from './bundleWriter';
import { createStamper } from './stamping';
import { tourBundleFromFile } from './tourFile';

/**
 * Imports a file in the documented "study-tour-sample" format as a new tour.
 * Validated completely before anything is written; written in one transaction.
 * Returns the id of the new tour.
 */
export async function importSampleFile(content: unknown): Promise<string> {
  const bundle = tourBundleFromFile(content, await createStamper());
  await writeTourBundle(bundle);
  return bundle.tour.id;
}
