import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareEvents,
  eventsOnDay,
  groupByDay,
  highlightAt,
  sortEvents,
} from '../../../renderer/domain/programme/agenda';
import { sampleBundle, sampleFile } from './sampleBundle';

const event = (id: string, start: string, end: string, timeZone = 'Europe/Budapest') => ({
  id,
  start,
  end,
  timeZone,
});

describe('agenda', () => {
  it('groups the sample tour’s 11 events on the days of the programme', () => {
    const days = groupByDay(sampleFile.events);
    expect(days.map((day) => [day.date, day.events.map((e) => e.id)])).toEqual([
      ['2010-09-19', ['e1']],
      ['2010-09-20', ['e2', 'e3']],
      ['2010-09-21', ['e4', 'e5']],
      ['2010-09-22', ['e6']],
      ['2010-09-23', ['e7', 'e8', 'e9']],
      ['2010-09-24', ['e10', 'e11']],
    ]);
    expect(days.flatMap((day) => day.events)).toHaveLength(11);
  });

  it('orders by instant, so an event kept in another zone falls in its real place', () => {
    const days = groupByDay([
      event('b', '2010-09-20T10:00', '2010-09-20T11:00'),
      event('a', '2010-09-20T10:30', '2010-09-20T11:00', 'Europe/Minsk'), // 09:30 in Budapest
    ]);
    expect(days[0]?.events.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('highlights the running event and the next one', () => {
    const events = sampleBundle().events;
    const now = Date.parse('2010-09-20T08:00:00Z'); // 10:00 in Budapest, during the ORFK visit
    const visit = events.find((e) => e.start === '2010-09-20T09:30');
    const ministry = events.find((e) => e.start === '2010-09-20T14:00');
    expect(highlightAt(events, now)).toEqual({ currentIds: [visit?.id], nextId: ministry?.id });
    expect(highlightAt(events, Date.parse('2010-09-25T00:00:00Z'))).toEqual({ currentIds: [], nextId: null });
  });

  it('picks the events of one day', () => {
    expect(eventsOnDay(sampleFile.events, '2010-09-23').map((e) => e.id)).toEqual(['e7', 'e8', 'e9']);
    expect(eventsOnDay(sampleFile.events, '2010-09-25')).toEqual([]);
  });
});

describe('events sorted with their times read once', () => {
  const zones = ['Europe/Budapest', 'Europe/Minsk', 'America/New_York', 'Nowhere/Unknown'];
  const wallClock = fc
    .record({ day: fc.integer({ min: 1, max: 28 }), hour: fc.integer({ min: 0, max: 25 }) })
    .map(({ day, hour }) => `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:30`);
  const event = fc.record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    start: wallClock,
    end: wallClock,
    timeZone: fc.constantFrom(...zones),
  });

  it('puts them in the order of compareEvents, unreadable times (hour 25, an unknown zone) last', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        expect(sortEvents(events)).toEqual([...events].sort(compareEvents));
      }),
      { numRuns: 300 },
    );
  });
});
