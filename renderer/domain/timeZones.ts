/** True for an IANA time zone name this engine knows, e.g. "Europe/Budapest". */
export function isValidTimeZone(name: string): boolean {
  if (name.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA zone the engine knows, for pickers. */
export function knownTimeZones(): string[] {
  return Intl.supportedValuesOf('timeZone');
}
