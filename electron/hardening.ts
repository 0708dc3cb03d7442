// Electron-side wiring of the security rules. The decisions themselves are pure functions in
// navigationPolicy.ts (unit-tested); this file only attaches them to sessions and web contents.
import { shell, type Session, type WebContents } from 'electron';
import { decideNavigation, isAllowedRequest, isExternalWebUrl } from './navigationPolicy';

type Log = (message: string, detail?: unknown) => void;

/** Hands a web link to the system browser; re-checks the URL so no caller can pass anything else. */
function openInBrowser(url: string, log: Log): void {
  if (!isExternalWebUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => log(`could not open ${url} externally`, error));
}

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
    if (!allowed) log(`blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}

/**
 * Applied to every web contents the app creates: the window never leaves the app origin, http(s) links open
 * in the system browser, popups and <webview> are refused, and a redirect cannot replace the app.
 */
export function hardenWebContents(contents: WebContents, log: Log): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openInBrowser(event.url, log);
    else log(`blocked navigation to ${event.url}`);
  });
  // Subframes: stay inside the app origin, and never open anything from a frame's navigation.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && decideNavigation(event.url) !== 'allow') event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url) !== 'allow') event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url) === 'open-external') openInBrowser(url, log);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
