import { describe, expect, it } from 'vitest';
import {
  collectWarnings,
  findDelegateOverlaps,
  findEventsOutsideTour,
  findKeyPointsNotAddressed,
} from '../../../renderer/domain/programme/warnings';
import { sampleFile } from './sampleBundle';

const ZONE = 'Europe/Budapest';
const event = (id: string, start: string, end: string, delegateIds: string[], timeZone = ZONE) => ({
  id,
  start,
  end,
  timeZone,
  delegateIds,
  themeIds: [] as string[],
});

describe('delegate overlaps', () => {
  it('finds a delegate booked in two overlapping events, once per shared delegate', () => {
    const overlaps = findDelegateOverlaps([
      event('a', '2010-09-20T09:00', '2010-09-20T11:00', ['d1', 'd2']),
      event('b', '2010-09-20T10:30', '2010-09-20T12:00', ['d2', 'd3']),
      event('c', '2010-09-20T12:00', '2010-09-20T13:00', ['d2', 'd3']), // starts as b ends: fine
    ]);
    expect(overlaps).toEqual([{ type: 'delegateOverlap', delegateId: 'd2', eventIds: ['a', 'b'] }]);
  });

  it('ignores overlapping events without a shared delegate', () => {
    expect(
      findDelegateOverlaps([
        event('a', '2010-09-20T09:00', '2010-09-20T11:00', ['d1']),
        event('b', '2010-09-20T10:00', '2010-09-20T12:00', ['d2']),
      ]),
    ).toEqual([]);
  });

  it('compares events kept in different zones as instants', () => {
    // 11:30 in Minsk is 10:30 in Budapest, inside the first event.
    const overlaps = findDelegateOverlaps([
      event('a', '2010-09-20T09:00', '2010-09-20T11:00', ['d1']),
      event('b', '2010-09-20T11:30', '2010-09-20T12:00', ['d1'], 'Europe/Minsk'),
    ]);
    expect(overlaps).toHaveLength(1);
    expect(
      findDelegateOverlaps([
        event('a', '2010-09-20T09:00', '2010-09-20T11:00', ['d1']),
        event('b', '2010-09-20T12:00', '2010-09-20T12:30', ['d1'], 'Europe/Minsk'),
      ]),
    ).toEqual([]);
  });

  it('finds an overlap with a long event that is not the one just before', () => {
    const overlaps = findDelegateOverlaps([
      event('day', '2010-09-20T08:00', '2010-09-20T18:00', ['d1']),
      event('short', '2010-09-20T09:00', '2010-09-20T09:30', ['d2']),
      event('late', '2010-09-20T17:00', '2010-09-20T19:00', ['d1']),
    ]);
    expect(overlaps).toEqual([{ type: 'delegateOverlap', delegateId: 'd1', eventIds: ['day', 'late'] }]);
  });

  it('finds none in the sample programme', () => {
    expect(
      findDelegateOverlaps(sampleFile.events.map((e) => ({ ...e, delegateIds: e.delegateIds ?? [] }))),
    ).toEqual([]);
  });
});

describe('events outside the tour dates', () => {
  const tour = { startDate: '2010-09-20', endDate: '2010-09-24', timeZone: ZONE };

  it('flags events starting before or ending after the tour', () => {
    const warnings = findEventsOutsideTour(
      [
        event('before', '2010-09-19T14:00', '2010-09-19T16:00', []),
        event('inside', '2010-09-24T10:00', '2010-09-24T12:00', []),
        event('overnight', '2010-09-24T22:00', '2010-09-25T01:00', []),
      ],
      tour,
    );
    expect(warnings.map((w) => w.eventId)).toEqual(['before', 'overnight']);
  });

  it('reads an event kept in another zone on the venue’s clock', () => {
    // 00:30 on the 25th in Minsk is 23:30 on the 24th in Budapest: still inside the tour.
    expect(
      findEventsOutsideTour(
        [event('late', '2010-09-24T23:30', '2010-09-25T00:30', [], 'Europe/Minsk')],
        tour,
      ),
    ).toEqual([]);
  });
});

describe('key points no visit addresses', () => {
  const themes = [
    { id: 't1', order: 0 },
    { id: 't2', order: 1 },
    { id: 't3', order: 2 },
  ];

  it('lists key points no event addresses, in their order', () => {
    expect(findKeyPointsNotAddressed(themes, [{ themeIds: ['t2'] }])).toEqual([
      { type: 'keyPointNotAddressed', themeId: 't1' },
      { type: 'keyPointNotAddressed', themeId: 't3' },
    ]);
  });

  it('finds every key point of the sample addressed', () => {
    const sampleKeyPoints = sampleFile.themes.map((theme, order) => ({ id: theme.id, order }));
    const events = sampleFile.events.map((e) => ({ themeIds: e.themeIds ?? [] }));
    expect(findKeyPointsNotAddressed(sampleKeyPoints, events)).toEqual([]);
  });
});

describe('all warnings together', () => {
  it('gives none for the sample tour', () => {
    const tour = { startDate: sampleFile.tour.startDate, endDate: sampleFile.tour.endDate, timeZone: ZONE };
    const events = sampleFile.events.map((e) => ({
      ...e,
      delegateIds: e.delegateIds ?? [],
      themeIds: e.themeIds ?? [],
    }));
    const themes = sampleFile.themes.map((theme, order) => ({ id: theme.id, order }));
    expect(collectWarnings(tour, events, themes)).toEqual([]);
  });
});
