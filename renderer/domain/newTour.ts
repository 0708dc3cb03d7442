import { isValidTimeZone } from './timeZones';

export interface NewTourValues {
  title: string;
  hostCountry: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  homeTimeZone: string;
}

/** Locale keys (under `tourForm.errors`) of what is wrong with each field. */
export type NewTourErrors = Partial<Record<keyof NewTourValues, string>>;

function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Checks the "new study tour" form; an empty result means it can be saved. */
export function validateNewTour(values: NewTourValues): NewTourErrors {
  const errors: NewTourErrors = {};
  if (values.title.trim() === '') errors.title = 'required';
  if (!/^[A-Z]{2}$/.test(values.hostCountry)) errors.hostCountry = 'required';
  if (!isRealDate(values.startDate)) errors.startDate = values.startDate ? 'invalidDate' : 'required';
  if (!isRealDate(values.endDate)) errors.endDate = values.endDate ? 'invalidDate' : 'required';
  if (!errors.startDate && !errors.endDate && values.endDate < values.startDate)
    errors.endDate = 'endBeforeStart';
  if (!isValidTimeZone(values.timeZone)) errors.timeZone = values.timeZone ? 'unknownTimeZone' : 'required';
  if (!isValidTimeZone(values.homeTimeZone))
    errors.homeTimeZone = values.homeTimeZone ? 'unknownTimeZone' : 'required';
  return errors;
}
