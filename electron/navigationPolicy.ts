// Pure decisions about where the window may go and what it may load. main.ts wires them to Electron events;
// keeping them here lets the unit tests pin every case without starting Electron.
import { fileURLToPath } from 'url';
import { isAppUrl, parseUrl } from './appOrigin';
import { isInsideFolder } from './appProtocol';

/**
 * What to do with a navigation or window.open: stay in the app, hand a web link to the system browser,
 * hand a contact's e-mail address or phone number to the system's mail or phone application, or refuse.
 */
export type NavigationDecision = 'allow' | 'open-external' | 'open-mail-or-phone' | 'deny';

/** Schemes the window may fetch from; everything else (http, https, file, ws, ftp …) is cancelled. */
const ALLOWED_REQUEST_SCHEMES: ReadonlySet<string> = new Set(['app:', 'devtools:', 'blob:', 'data:']);

/**
 * True for web links we are willing to give to the operating system. Only http(s): file:, javascript:,
 * mailto: or custom schemes could launch local programs or run code, so they are never passed on.
 * Links carrying credentials are refused too, since `https://gov.by@evil.example` is a phishing trick.
 */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

// One address (no list, no headers such as ?body= or ?attach=, which could carry a local file's path), or
// one phone number of digits, spaces and the usual separators.
const MAILTO = /^mailto:[^\s?&#/\\:;,<>"']+@[^\s?&#/\\:;,<>"'@]+$/i;
const TEL = /^tel:\+?[0-9][0-9 ()./-]{2,30}$/i;

/**
 * True for the `mailto:` and `tel:` links of the contacts screen: one e-mail address or one phone
 * number, nothing else, so the operating system is asked only to write a mail or dial a number.
 */
export function isMailOrPhoneUrl(url: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return false;
  }
  return MAILTO.test(decoded) || TEL.test(decoded);
}

/** Decides a top-level navigation (will-navigate, will-redirect) or a window.open request. */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  if (isExternalWebUrl(url)) return 'open-external';
  if (isMailOrPhoneUrl(url)) return 'open-mail-or-phone';
  return 'deny';
}

/**
 * What of a URL may go to the log: its scheme and host, never the rest. A refused link can hold a
 * contact's e-mail address or phone number, and a path or query can hold a record's text; the log
 * travels with support requests and must carry nothing of the tour.
 */
export function urlForLog(url: string): string {
  const parsed = parseUrl(url);
  if (parsed === null) return '(not a URL)';
  if (parsed.protocol === 'mailto:' || parsed.protocol === 'tel:') return `${parsed.protocol}…`;
  return parsed.host === '' ? `${parsed.protocol}…` : `${parsed.protocol}//${parsed.host}/…`;
}

/** What onBeforeRequest knows about a request, reduced to what the decision needs. */
export interface RequestContext {
  url: string;
  /** False for requests made by the main process itself (net.fetch), which have no webContents. */
  fromWebContents: boolean;
}

/**
 * Decides whether a network request may proceed. The renderer is fully offline: its own files come from
 * app:, object URLs from blob:, inline images and fonts from data:, and devtools: is needed by DevTools.
 * A request to any other origin can only be a mistake or an exfiltration attempt.
 * One exception: the app:// handler reads the renderer's files with net.fetch(file:…), which passes through
 * the same webRequest hook; those main-process reads are let through, and only inside rendererRoot.
 */
export function isAllowedRequest(request: RequestContext, rendererRoot: string): boolean {
  const parsed = parseUrl(request.url);
  if (parsed === null) return false;
  if (parsed.protocol === 'file:') {
    if (request.fromWebContents) return false;
    try {
      return isInsideFolder(fileURLToPath(parsed), rendererRoot);
    } catch {
      return false; // e.g. a file: URL with a remote host
    }
  }
  if (!ALLOWED_REQUEST_SCHEMES.has(parsed.protocol)) return false;
  // app: must also be our own host; other app:// hosts are not served and must not be reachable.
  return parsed.protocol !== 'app:' || isAppUrl(request.url);
}
