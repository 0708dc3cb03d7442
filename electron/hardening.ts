// Electron-side wiring of the security rules. The decisions themselves are pure functions in
// navigationPolicy.ts (unit-tested); this file only attaches them to sessions and web contents.
import { shell, type Session, type WebContents } from 'electron';
import {
  decideNavigation,
  isAllowedRequest,
  isExternalWebUrl,
  isMailOrPhoneUrl,
  urlForLog,
  type NavigationDecision,
} from './navigationPolicy';
import type { Log } from './logging';

/**
 * Hands a web link to the system browser, or an e-mail address or phone number to the system's mail or
 * phone application; re-checks the URL so no caller can pass anything else. The log never gets the
 * address itself (see urlForLog).
 */
function openOutside(url: string, decision: NavigationDecision, log: Log): void {
  const allowed = decision === 'open-external' ? isExternalWebUrl(url) : isMailOrPhoneUrl(url);
  if (!allowed) return;
  shell
    .openExternal(url)
    // Not the error itself: its message repeats the address.
    .catch((error: unknown) =>
      log(
        `could not open ${urlForLog(url)} outside the app (${error instanceof Error ? error.name : 'error'})`,
      ),
    );
}

const opensOutside = (decision: NavigationDecision) =>
  decision === 'open-external' || decision === 'open-mail-or-phone';

/** No permission (camera, notifications, clipboard-read, devices …) is ever granted; the app needs none. */
export function hardenSession(ses: Session, rendererRoot: string, log: Log): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(
      { url: details.url, fromWebContents: details.webContentsId !== undefined },
      rendererRoot,
    );
    if (!allowed) log(`blocked request to ${urlForLog(details.url)}`);
    callback({ cancel: !allowed });
  });
}

/**
 * Applied to every web contents the app creates: the window never leaves the app origin, http(s) links open
 * in the system browser, a contact's mailto:/tel: link in the mail or phone application, popups and <webview> are refused, and a redirect cannot replace the app.
 */
export function hardenWebContents(contents: WebContents, log: Log): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (opensOutside(decision)) openOutside(event.url, decision, log);
    else log(`blocked navigation to ${urlForLog(event.url)}`);
  });
  // Subframes: stay inside the app origin, and never open anything from a frame's navigation.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && decideNavigation(event.url) !== 'allow') event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url) !== 'allow') event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideNavigation(url);
    if (opensOutside(decision)) openOutside(url, decision, log);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
