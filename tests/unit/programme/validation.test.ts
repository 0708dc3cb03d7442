import { describe, expect, it } from 'vitest';
import {
  hasNoProblems,
  validateEventTimes,
  validateTourDates,
} from '../../../renderer/domain/programme/validation';

const ZONE = 'Europe/Budapest';

describe('event times', () => {
  it('accepts a normal event', () => {
    const problems = validateEventTimes({
      start: '2010-09-20T09:30',
      end: '2010-09-20T12:30',
      timeZone: ZONE,
    });
    expect(problems).toEqual({});
    expect(hasNoProblems(problems)).toBe(true);
  });

  it('puts "end before start" on the end field, also for an end equal to the start', () => {
    expect(
      validateEventTimes({ start: '2010-09-20T12:30', end: '2010-09-20T09:30', timeZone: ZONE }),
    ).toEqual({
      end: 'endBeforeStart',
    });
    expect(
      validateEventTimes({ start: '2010-09-20T12:30', end: '2010-09-20T12:30', timeZone: ZONE }).end,
    ).toBe('endBeforeStart');
  });

  it('accepts events across the night the clocks change', () => {
    expect(
      validateEventTimes({ start: '2010-10-31T01:50', end: '2010-10-31T03:10', timeZone: ZONE }),
    ).toEqual({});
    expect(
      validateEventTimes({ start: '2010-03-28T01:30', end: '2010-03-28T03:30', timeZone: ZONE }),
    ).toEqual({});
  });

  it('rejects an impossible date, an unknown zone and a skipped time', () => {
    expect(
      validateEventTimes({ start: '2010-02-30T09:00', end: '2010-03-01T10:00', timeZone: ZONE }),
    ).toEqual({
      start: 'invalidDate',
    });
    expect(
      validateEventTimes({ start: '2010-09-20T09:00', end: '2010-09-20T10:00', timeZone: 'Europe/Pest' }),
    ).toEqual({ timeZone: 'unknownTimeZone' });
    expect(
      validateEventTimes({ start: '2010-03-28T02:30', end: '2010-03-28T04:00', timeZone: ZONE }),
    ).toEqual({
      start: 'nonexistentTime',
    });
    expect(validateEventTimes({ start: '', end: '', timeZone: '' })).toEqual({
      start: 'required',
      end: 'required',
      timeZone: 'required',
    });
  });
});

describe('tour dates', () => {
  const valid = {
    startDate: '2010-09-19',
    endDate: '2010-09-24',
    timeZone: ZONE,
    homeTimeZone: 'Europe/Minsk',
  };

  it('accepts the sample tour', () => {
    expect(validateTourDates(valid)).toEqual({});
  });

  it('names each bad field', () => {
    expect(validateTourDates({ ...valid, endDate: '2010-09-18' })).toEqual({ endDate: 'endBeforeStart' });
    expect(validateTourDates({ ...valid, startDate: '2010-09-31' })).toEqual({ startDate: 'invalidDate' });
    expect(validateTourDates({ ...valid, homeTimeZone: 'Minsk' })).toEqual({
      homeTimeZone: 'unknownTimeZone',
    });
    expect(validateTourDates({ ...valid, timeZone: '' })).toEqual({ timeZone: 'required' });
  });
});
