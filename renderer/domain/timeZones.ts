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
