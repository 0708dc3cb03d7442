import type { z } from 'zod';
import { tourSchema } from '../domain/entities';
import { mapSampleToBundle, type RecordStamper } from '../domain/sample/mapSample';
import { sampleFileSchema } from '../domain/sample/sampleFormat';
import { TOUR_RECORD_KINDS, type TourBundle } from '../domain/tourBundle';
import { ENTITY_SCHEMAS } from './entitySchemas';

/**
 * A tour file (the documented "study-tour-sample" JSON format) made a new tour's records, and the
 * check every record of a bundle passes before it is written. Nothing here touches the database:
 * the import worker runs it, and so does the window's importer (sampleImport.ts).
 */

export class ImportFormatError extends Error {
  constructor(readonly detail: string) {
    super(`Not a study tour file: ${detail}`);
    this.name = 'ImportFormatError';
  }
}

/** Validates the file's content against the format and maps it to records with fresh ids. */
export function tourBundleFromFile(content: unknown, stamper: RecordStamper): TourBundle {
  const parsed = sampleFileSchema.safeParse(content);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ImportFormatError(first ? `${first.path.join('.')}: ${first.message}` : 'invalid');
  }
  return mapSampleToBundle(parsed.data, stamper);
}

export interface InvalidRecord {
  /** 'tours' or the table of a tour's records. */
  kind: string;
  record: { id: string };
  issues: z.core.$ZodIssue[];
}

/** The first record of the bundle its table's schema refuses, or null when every one fits. */
export function firstInvalidRecord(bundle: TourBundle): InvalidRecord | null {
  const checkedTour = tourSchema.safeParse(bundle.tour);
  if (!checkedTour.success) return { kind: 'tours', record: bundle.tour, issues: checkedTour.error.issues };
  for (const kind of TOUR_RECORD_KINDS) {
    for (const record of bundle[kind]) {
      const checked = ENTITY_SCHEMAS[kind].safeParse(record);
      if (!checked.success) return { kind, record, issues: checked.error.issues };
    }
  }
  return null;
}
