import { describe, expect, it } from 'vitest';
import type { TourEvent } from '../../../renderer/domain/entities';
import { currentOrNextVisit, findingFromVisit, visitInProgress } from '../../../renderer/domain/findings';

type E = Pick<TourEvent, 'id' | 'kind' | 'start' | 'end' | 'timeZone' | 'deletedAt'>;
const at = (id: string, kind: TourEvent['kind'], start: string, end: string, deleted = false): E => ({
  id,
  kind,
  start,
  end,
  timeZone: 'Europe/Budapest',
  deletedAt: deleted ? '2010-09-01T00:00:00Z' : null,
});

const EVENTS = [
  at('bus', 'travel', '2010-09-20T08:30', '2010-09-20T09:30'),
  at('hq', 'visit', '2010-09-20T09:30', '2010-09-20T12:30'),
  at('gone', 'visit', '2010-09-20T10:00', '2010-09-20T11:00', true),
  at('side', 'meeting', '2010-09-20T11:00', '2010-09-20T12:00'),
  at('ministry', 'meeting', '2010-09-20T14:00', '2010-09-20T16:30'),
];
/** A moment in Budapest summer time (UTC+2). */
const budapest = (wallClock: string) => Date.parse(`${wallClock}:00+02:00`);

describe('the visit in progress', () => {
  it('is the visit going on now; of two that overlap, the one that started last', () => {
    expect(visitInProgress(EVENTS, budapest('2010-09-20T10:30'))?.id).toBe('hq');
    expect(visitInProgress(EVENTS, budapest('2010-09-20T11:15'))?.id).toBe('side');
  });

  it('is none on the bus, at lunch, or in a deleted visit', () => {
    expect(visitInProgress(EVENTS, budapest('2010-09-20T09:00'))).toBeNull();
    expect(visitInProgress(EVENTS, budapest('2010-09-20T13:00'))).toBeNull();
    expect(visitInProgress([EVENTS[2]!], budapest('2010-09-20T10:30'))).toBeNull();
  });

  it('or else the next one is offered, until none is left', () => {
    expect(currentOrNextVisit(EVENTS, budapest('2010-09-20T13:00'))).toMatchObject({
      state: 'next',
      event: { id: 'ministry' },
    });
    expect(currentOrNextVisit(EVENTS, budapest('2010-09-20T10:00'))).toMatchObject({
      state: 'now',
      event: { id: 'hq' },
    });
    expect(currentOrNextVisit(EVENTS, budapest('2010-09-20T17:00'))).toBeNull();
  });
});

describe('a new finding made at a visit', () => {
  const visit = { id: 'hq', start: '2010-09-20T09:30', hostContactIds: ['c1', 'c2', 'c1'], themeIds: ['t4'] };

  it('starts with the visit, its hosts as sources, its day and its only key point', () => {
    expect(findingFromVisit(visit)).toEqual({
      eventId: 'hq',
      sourceContactIds: ['c1', 'c2'],
      date: '2010-09-20',
      themeId: 't4',
    });
  });

  it('leaves out hosts deleted since, and the key point when the visit has several', () => {
    expect(findingFromVisit({ ...visit, themeIds: ['t1', 't4'] }, new Set(['c2']))).toEqual({
      eventId: 'hq',
      sourceContactIds: ['c2'],
      date: '2010-09-20',
      themeId: '',
    });
  });
});
