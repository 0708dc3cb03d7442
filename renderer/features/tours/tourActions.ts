import { writeTourBundle } from '../../db/bundleWriter';
import { nowIso } from '../../db/clock';
import { runImport } from '../../db/imports/runImport';
import { deviceId, setActiveTourId } from '../../db/settings';
import { createTour } from '../../db/tours';
import type { Language } from '../../domain/entities';
import type { InspectJob } from '../../domain/imports/importProgress';
import type { NewTourValues } from '../../domain/newTour';
import type { TourBundle } from '../../domain/tourBundle';

/**
 * The bundled sample tour read as a tour file is: parsed and validated in the import worker (with
 * progress and Cancel), made records with fresh ids so it can be opened more than once. Writes
 * nothing.
 */
export async function readSampleTour(job: InspectJob): Promise<TourBundle> {
  // Loaded on demand, as the file's text: the sample is only needed when the user asks for it.
  const { default: text } = await import('../../assets/sample/study-tour-hungary-2010.json?raw');
  const file = new TextEncoder().encode(text);
  const { bundle } = await runImport({
    job: { kind: 'tour', file, deviceId: await deviceId(), now: nowIso() },
    ...job,
  });
  return bundle;
}

/** Writes a tour read from a file in one transaction (all or nothing) and makes it active. */
export async function openTourBundle(bundle: TourBundle): Promise<string> {
  await writeTourBundle(bundle);
  await setActiveTourId(bundle.tour.id);
  return bundle.tour.id;
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
