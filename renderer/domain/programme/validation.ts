import { isKnownTimeZone, isValidIsoDate, isValidWallClock, resolveWallClock } from './timeZones';

/**
 * Problems a form shows next to a field. Codes, not sentences: the domain knows no
 * language; the screens turn each code into a message in the interface language.
 */
export type FieldProblem =
  'required' | 'invalidDate' | 'invalidTime' | 'endBeforeStart' | 'unknownTimeZone' | 'nonexistentTime';

export type FieldProblems<K extends string> = Partial<Record<K, FieldProblem>>;

export interface EventTimesInput {
  /** "yyyy-MM-ddTHH:mm" wall-clock in `timeZone`. */
  start: string;
  end: string;
  timeZone: string;
}

/** Checks one wall-clock value: an existing date and time, and one the clocks do not skip. */
function wallClockProblem(value: string, zone: string, zoneKnown: boolean): FieldProblem | null {
  if (value.trim() === '') return 'required';
  if (!isValidWallClock(value)) return 'invalidDate';
  if (zoneKnown && resolveWallClock(value, zone)?.inGap) return 'nonexistentTime';
  return null;
}

/** Start, end and time zone of an event; an empty result means it may be saved. */
export function validateEventTimes(input: EventTimesInput): FieldProblems<'start' | 'end' | 'timeZone'> {
  const problems: FieldProblems<'start' | 'end' | 'timeZone'> = {};
  const zoneKnown = isKnownTimeZone(input.timeZone);
  if (input.timeZone.trim() === '') problems.timeZone = 'required';
  else if (!zoneKnown) problems.timeZone = 'unknownTimeZone';

  const start = wallClockProblem(input.start, input.timeZone, zoneKnown);
  const end = wallClockProblem(input.end, input.timeZone, zoneKnown);
  if (start) problems.start = start;
  if (end) problems.end = end;

  if (!start && !end) {
    const from = zoneKnown ? resolveWallClock(input.start, input.timeZone) : null;
    const to = zoneKnown ? resolveWallClock(input.end, input.timeZone) : null;
    // Without a known zone the two clock readings are still in one zone: compare them as read.
    const endsFirst = from && to ? to.instant <= from.instant : input.end <= input.start;
    if (endsFirst) problems.end = 'endBeforeStart';
  }
  return problems;
}

export interface TourDatesInput {
  startDate: string;
  endDate: string;
  timeZone: string;
  homeTimeZone: string;
}

/** Dates and time zones of a tour; an empty result means they may be saved. */
export function validateTourDates(
  input: TourDatesInput,
): FieldProblems<'startDate' | 'endDate' | 'timeZone' | 'homeTimeZone'> {
  const problems: FieldProblems<'startDate' | 'endDate' | 'timeZone' | 'homeTimeZone'> = {};
  const dateProblem = (value: string): FieldProblem | null =>
    value.trim() === '' ? 'required' : isValidIsoDate(value) ? null : 'invalidDate';
  const zoneProblem = (value: string): FieldProblem | null =>
    value.trim() === '' ? 'required' : isKnownTimeZone(value) ? null : 'unknownTimeZone';

  const start = dateProblem(input.startDate);
  const end = dateProblem(input.endDate);
  if (start) problems.startDate = start;
  if (end) problems.endDate = end;
  if (!start && !end && input.endDate < input.startDate) problems.endDate = 'endBeforeStart';

  const zone = zoneProblem(input.timeZone);
  const home = zoneProblem(input.homeTimeZone);
  if (zone) problems.timeZone = zone;
  if (home) problems.homeTimeZone = home;
  return problems;
}

/** True when a problems object holds no problem. */
export function hasNoProblems(problems: Partial<Record<string, FieldProblem>>): boolean {
  return Object.values(problems).every((problem) => problem === undefined);
}
