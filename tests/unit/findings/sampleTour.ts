import { readFileSync } from 'node:fs';
import { db } from '../../../renderer/db/database';
import { listByTour } from '../../../renderer/db/repository';
import { importSampleFile } from '../../../renderer/db/sampleImport';

const sample: unknown = JSON.parse(
  readFileSync(
    new URL('../../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url),
    'utf8',
  ),
);

/** Imports the sample tour and reads its records back, live ones only. */
export async function loadSampleTour() {
  const tourId = await importSampleFile(sample);
  return readTour(tourId);
}

export async function readTour(tourId: string) {
  const tour = await db.tours.get(tourId);
  if (!tour) throw new Error('sample tour missing');
  const [
    themes,
    findings,
    recommendations,
    materials,
    attachments,
    events,
    delegates,
    contacts,
    organisations,
  ] = await Promise.all([
    listByTour(db.themes, tourId),
    listByTour(db.findings, tourId),
    listByTour(db.recommendations, tourId),
    listByTour(db.materials, tourId),
    listByTour(db.attachments, tourId),
    listByTour(db.events, tourId),
    listByTour(db.delegates, tourId),
    listByTour(db.contacts, tourId),
    listByTour(db.organisations, tourId),
  ]);
  return {
    tour,
    themes,
    findings,
    recommendations,
    materials,
    attachments,
    events,
    delegates,
    contacts,
    organisations,
  };
}

/** The sample as written, for finding records by their sample titles. */
export const sampleJson = sample as {
  findings: { id: string; themeId: string; eventId?: string; title: { en?: string; ru: string } }[];
  recommendations: { id: string; findingIds: string[] }[];
};
