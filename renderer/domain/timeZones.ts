/** Answers already found: checking a zone builds an Intl formatter, which costs far more than a lookup. */
const knownZoneAnswers = new Map<string, boolean>();

/**
 * True for an IANA time zone name this engine knows, e.g. "Europe/Budapest". Remembered per
 * name: the programme's validation and warnings ask it for every event on every render.
 */
export function isValidTimeZone(name: string): boolean {
  const cached = knownZoneAnswers.get(name);
  if (cached !== undefined) return cached;
  let known = name.trim() !== '';
  if (known) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
    } catch {
      known = false;
    }
  }
  knownZoneAnswers.set(name, known);
  return known;
}

/** Every IANA zone the engine knows, for pickers. */
export function knownTimeZones(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

/** Formatters are costly to build and a picker asks for hundreds of zones. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A zone's offset from UTC on a calendar day (noon there), as people read it: "UTC+02:00",
 * "UTC−05:00", "UTC±00:00". Summer time counts: Budapest is UTC+02:00 in September.
 */
export function utcOffsetOn(zone: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const noon = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const part = format.formatToParts(noon).find((p) => p.type === 'timeZoneName')?.value;
  const offset = part?.replace('GMT', '') ?? '';
  if (offset === '') return 'UTC±00:00';
  return `UTC${offset.replace('-', '−')}`;
}
