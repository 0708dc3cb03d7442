// Where the renderer lives inside the desktop shell. IndexedDB is keyed by origin, so the scheme and host
// below must never change once released: a different origin would open an empty database.

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses a URL without throwing; null when it is not a URL at all. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when the URL belongs to the app's own origin. Compares scheme and host rather than `URL.origin`,
 * because Node's URL reports origin "null" for schemes it does not know, such as app:.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
