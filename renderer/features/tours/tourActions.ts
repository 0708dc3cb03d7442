import { setActiveTourId } from '../../db/settings';
import { importSampleFile } from '../../db/sampleImport';
import { createTour } from '../../db/tours';
import type { Language } from '../../domain/entities';
import type { NewTourValues } from '../../domain/newTour';

/** Opens the bundled sample tour through the app's own importer and makes it active. */
export async function openSampleTour(): Promise<string> {
  // Loaded on demand: the sample is only needed when the user asks for it.
  const sample = await import('../../assets/sample/study-tour-hungary-2010.json');
  const tourId = await importSampleFile(sample.default);
  await setActiveTourId(tourId);
  return tourId;
}

/** Creates a tour from the form (title in the interface language) and makes it active. */
export async function createTourFromForm(values: NewTourValues, language: Language): Promise<string> {
  const tour = await createTour({
    title: { [language]: values.title.trim() },
    purpose: {},
    hostCountry: values.hostCountry,
    startDate: values.startDate,
    endDate: values.endDate,
    timeZone: values.timeZone,
    homeTimeZone: values.homeTimeZone,
    supportedBy: {},
    followUp: {},
    conclusions: {},
  });
  await setActiveTourId(tour.id);
  return tour.id;
}
