import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendarModel } from '../../../renderer/domain/programme/calendarModel';
import { wallClockToInstant } from '../../../renderer/domain/programme/timeZones';
import { renderIcs, writeIcs } from '../../../renderer/export/ics';
import { buildVtimezone, findTransitions } from '../../../renderer/export/ics/vtimezone';
import { sampleBundle } from './sampleBundle';

const STAMP = new Date('2026-01-01T12:00:00Z');

interface ParsedEvent {
  uid: string;
  summary: string;
  location: string;
  startLocal: string;
  endLocal: string;
  tzid: string | null;
  startUtc: number;
  endUtc: number;
}

/** Reads an ICS text with ical.js, resolving times through the file's own VTIMEZONEs. */
function parseIcs(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = new Map(
    calendar.getAllSubcomponents('vtimezone').map((component) => {
      const zone = new ICAL.Timezone(component);
      return [zone.tzid, zone];
    }),
  );
  const local = (time: ICAL.Time) =>
    `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}` +
    `T${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid') ?? null;
    const zone = typeof tzid === 'string' ? zones.get(tzid) : undefined;
    // Resolve with the VTIMEZONE written in the file, not with any zone data ical.js may know.
    const instant = (time: ICAL.Time) => {
      const copy = time.clone();
      if (zone) copy.zone = zone;
      return copy.toUnixTime() * 1000;
    };
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      startLocal: local(event.startDate),
      endLocal: local(event.endDate),
      tzid: typeof tzid === 'string' ? tzid : null,
      startUtc: instant(event.startDate),
      endUtc: instant(event.endDate),
    };
  });
}

describe('ICS export of the sample tour', () => {
  const bundle = sampleBundle();
  const model = buildCalendarModel({
    tour: bundle.tour,
    events: bundle.events,
    organisations: bundle.organisations,
    language: 'en',
  });

  it('parses back with ical.js to the same 11 events, local times and instants', () => {
    const parsed = parseIcs(renderIcs(model, { stamp: STAMP }));
    expect(parsed).toHaveLength(11);
    const byUid = new Map(parsed.map((event) => [event.uid, event]));
    for (const event of bundle.events) {
      const back = byUid.get(`${event.id}@delegation-desk`);
      expect(back, event.title.en).toBeDefined();
      expect(back?.summary).toBe(event.title.en);
      expect(back?.tzid).toBe('Europe/Budapest');
      expect(back?.startLocal).toBe(event.start);
      expect(back?.endLocal).toBe(event.end);
      expect(back?.startUtc).toBe(wallClockToInstant(event.start, event.timeZone));
      expect(back?.endUtc).toBe(wallClockToInstant(event.end, event.timeZone));
    }
    expect(byUid.get(`${bundle.events[1]?.id}@delegation-desk`)?.location).toBe('Budapest, Teve utca 4–6');
  });

  it('writes a VTIMEZONE for the venue and TZID times, not UTC or floating times', () => {
    const text = renderIcs(model, { stamp: STAMP });
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('TZID:Europe/Budapest');
    expect(text).toMatch(/DTSTART;TZID=Europe\/Budapest:20100920T093000/);
    expect(text).toContain('\r\n');
    // DTSTAMP must be UTC (RFC 5545 §3.8.7.2).
    expect(text).toContain('DTSTAMP:20260101T120000Z');
  });

  it('writes the titles in the language asked for, falling back when missing', () => {
    const russian = buildCalendarModel({
      ...{ tour: bundle.tour, organisations: bundle.organisations },
      events: bundle.events,
      language: 'ru',
    });
    const parsed = parseIcs(new TextDecoder().decode(writeIcs(russian, { stamp: STAMP })));
    expect(parsed.some((event) => event.summary.startsWith('Главное управление полиции Венгрии'))).toBe(true);
  });

  it('exports one day', () => {
    const oneDay = buildCalendarModel({
      tour: bundle.tour,
      events: bundle.events,
      organisations: bundle.organisations,
      language: 'en',
      day: '2010-09-23',
    });
    const parsed = parseIcs(renderIcs(oneDay, { stamp: STAMP }));
    expect(parsed.map((event) => event.startLocal)).toEqual([
      '2010-09-23T10:00',
      '2010-09-23T14:00',
      '2010-09-23T18:30',
    ]);
  });

  it('is the same text for the same model and stamp', () => {
    expect(renderIcs(model, { stamp: STAMP })).toBe(renderIcs(model, { stamp: STAMP }));
  });
});

describe('VTIMEZONE from the time zone database', () => {
  it('finds the 2010 changes of Budapest and Minsk to the minute', () => {
    const from = Date.parse('2010-01-01T00:00:00Z');
    const to = Date.parse('2011-01-01T00:00:00Z');
    expect(findTransitions('Europe/Budapest', from, to)).toEqual([
      { at: Date.parse('2010-03-28T01:00:00Z'), offsetFrom: 60, offsetTo: 120 },
      { at: Date.parse('2010-10-31T01:00:00Z'), offsetFrom: 120, offsetTo: 60 },
    ]);
    expect(findTransitions('Europe/Minsk', from, to)).toEqual([
      { at: Date.parse('2010-03-28T00:00:00Z'), offsetFrom: 120, offsetTo: 180 },
      { at: Date.parse('2010-10-31T00:00:00Z'), offsetFrom: 180, offsetTo: 120 },
    ]);
  });

  it('makes ical.js convert Minsk times across the October 2010 change correctly', () => {
    const zone = new ICAL.Timezone(buildVtimezone('Europe/Minsk', 2010, 2010));
    const at = (data: { day: number; hour: number }) =>
      ICAL.Time.fromData(
        { year: 2010, month: 10, day: data.day, hour: data.hour, minute: 0, isDate: false },
        zone,
      ).toUnixTime() * 1000;
    expect(at({ day: 30, hour: 12 })).toBe(Date.parse('2010-10-30T09:00:00Z'));
    expect(at({ day: 31, hour: 12 })).toBe(Date.parse('2010-10-31T10:00:00Z'));
  });
});
