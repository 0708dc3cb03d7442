import ICAL from 'ical.js';
import { DateTime, IANAZone } from 'luxon';

/**
 * A VTIMEZONE component for an IANA zone, generated from the time zone database the
 * runtime ships (Intl), with one observance per actual transition in the years asked for.
 *
 * Why not a ready-made VTIMEZONE file: those describe only the zone's current rules as a
 * yearly RRULE, which is wrong for past years whenever the rules changed (Minsk kept
 * daylight-saving time until 2011), and they are read from disk, which a browser cannot.
 * Explicit observances are valid RFC 5545 and every calendar application reads them.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

interface Transition {
  /** The first instant with the new offset. */
  at: number;
  offsetFrom: number;
  offsetTo: number;
}

/** Offset changes of `zone` in [from, to), found day by day, then narrowed to the minute. */
export function findTransitions(zone: string, from: number, to: number): Transition[] {
  const iana = IANAZone.create(zone);
  const transitions: Transition[] = [];
  let previous = iana.offset(from);
  for (let dayStart = from; dayStart < to; dayStart += DAY_MS) {
    const dayEnd = Math.min(dayStart + DAY_MS, to);
    const offsetAtEnd = iana.offset(dayEnd);
    if (offsetAtEnd === previous) continue;
    // Binary search for the first minute with the new offset.
    let low = dayStart;
    let high = dayEnd;
    while (high - low > MINUTE_MS) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (iana.offset(middle) === previous) low = middle;
      else high = middle;
    }
    transitions.push({ at: high, offsetFrom: previous, offsetTo: iana.offset(high) });
    previous = iana.offset(high);
  }
  return transitions;
}

/** A local DATE-TIME without zone, as DTSTART inside an observance must be. */
function localTime(instant: number, offsetMinutes: number): ICAL.Time {
  const local = DateTime.fromMillis(instant + offsetMinutes * MINUTE_MS, { zone: 'utc' });
  return ICAL.Time.fromData({
    year: local.year,
    month: local.month,
    day: local.day,
    hour: local.hour,
    minute: local.minute,
    second: local.second,
    isDate: false,
  });
}

function observance(zone: string, transition: Transition): ICAL.Component {
  const after = DateTime.fromMillis(transition.at, { zone }).setLocale('en-GB');
  const component = new ICAL.Component(after.isInDST ? 'daylight' : 'standard');
  // DTSTART of an observance is the local time of the change, on the clock before it.
  component.addPropertyWithValue('dtstart', localTime(transition.at, transition.offsetFrom));
  component.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(transition.offsetFrom * 60));
  component.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(transition.offsetTo * 60));
  const name = after.offsetNameShort;
  if (name) component.addPropertyWithValue('tzname', name);
  return component;
}

/**
 * The VTIMEZONE for `zone`, valid for every instant of the calendar years from `fromYear`
 * to `toYear` inclusive (one extra year either side is cheap and covers reminders and
 * events that cross New Year's Eve).
 */
export function buildVtimezone(zone: string, fromYear: number, toYear: number): ICAL.Component {
  const from = DateTime.fromObject({ year: fromYear - 1, month: 1, day: 1 }, { zone: 'utc' }).toMillis();
  const to = DateTime.fromObject({ year: toYear + 2, month: 1, day: 1 }, { zone: 'utc' }).toMillis();
  const vtimezone = new ICAL.Component('vtimezone');
  vtimezone.addPropertyWithValue('tzid', zone);
  const initialOffset = IANAZone.create(zone).offset(from);
  // The offset in force at the start of the range, so that every covered instant has one.
  vtimezone.addSubcomponent(
    observance(zone, { at: from, offsetFrom: initialOffset, offsetTo: initialOffset }),
  );
  for (const transition of findTransitions(zone, from, to)) {
    vtimezone.addSubcomponent(observance(zone, transition));
  }
  return vtimezone;
}
