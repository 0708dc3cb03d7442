/**
 * The clock of an IANA time zone at an instant, read from Intl (the time zone database the engine
 * ships), as Luxon reads it. Why not Luxon itself: the programme is the first screen, and Luxon's
 * 70 KB were parsed and evaluated at every start for these two look-ups; the property test in
 * `tests/unit/programme/zoneClock.test.ts` keeps the answers equal to Luxon's.
 */

const MINUTE_MS = 60_000;

/** One formatter per zone: building one costs far more than using it. */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function clockFormat(zone: string): Intl.DateTimeFormat {
  let format = clockFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      // h23: midnight is 00, never 24 as `hour12: false` gives in some engines.
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clockFormats.set(zone, format);
  }
  return format;
}

/** The zone's clock at `instant` (whole seconds) as the milliseconds of the same digits read as UTC. */
function clockAsUtc(zone: string, instant: number): number {
  const fields: Record<string, number> = {};
  let beforeChrist = false;
  for (const part of clockFormat(zone).formatToParts(instant)) {
    if (part.type === 'era') beforeChrist = part.value === 'BC';
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: that reads years 0–99 as 1900–1999.
  const year = fields.year ?? 1970;
  date.setUTCFullYear(beforeChrist ? 1 - year : year, (fields.month ?? 1) - 1, fields.day ?? 1);
  date.setUTCHours(fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0, 0);
  return date.getTime();
}

/** UTC offset in minutes of a known zone at an instant (e.g. 120 for Budapest in summer). */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  // Intl shows whole seconds: the offset is counted from the instant's own whole second.
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  return (clockAsUtc(zone, whole) - whole) / MINUTE_MS;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The wall clock of a known zone at an instant: "2010-09-20T09:30". */
export function zoneWallClock(zone: string, instant: number): string {
  const local = new Date(instant + zoneOffsetMinutes(zone, instant) * MINUTE_MS);
  const year = local.getUTCFullYear();
  const yearText = (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0');
  return `${yearText}-${twoDigits(local.getUTCMonth() + 1)}-${twoDigits(local.getUTCDate())}T${twoDigits(local.getUTCHours())}:${twoDigits(local.getUTCMinutes())}`;
}
