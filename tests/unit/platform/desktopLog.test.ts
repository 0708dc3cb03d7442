import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../electron/contract';
import { hardenWebContents } from '../../../electron/hardening';
import { LOG_FILE_NAME, setUpLogging } from '../../../electron/logging';
import { handleReportError } from '../../../electron/shellRequests';
import { reportErrorToDesktop } from '../../../renderer/platform/desktopShell';

// The whole way to the desktop log file: the renderer's report (redactForLog), the IPC handler, the
// window's navigation guard, and electron-log's file transport. Here rather than in tests/unit/electron,
// whose tsconfig has no DOM for the renderer's side.
//
// electron-log's main-process logger needs Electron itself; its Node logger writes the same file
// through the same file transport. Catching the process's errors and Electron's events is left out.
vi.mock('electron-log/main', async () => {
  const log = (await import('electron-log/node')).default;
  log.transports.console.level = false;
  log.errorHandler.startCatching = () => undefined;
  log.eventLogger.startLogging = () => undefined;
  return { default: log };
});
// The system's mail application is missing: Electron's error repeats the address it was given.
vi.mock('electron', () => ({
  shell: {
    openExternal: (url: string) => Promise.reject(new Error(`Failed to open ${url}: no application`)),
  },
}));

/** A contact of the sample tour, as a record reaches the code that could log it. */
const CONTACT = {
  familyName: 'Szőke',
  givenName: 'Ödön',
  email: 'szoke.odon@police.hu',
  phone: '+36 1 443 5000',
  note: 'Принимал делегацию в Главном управлении',
};

type Listener = (event: { url: string; preventDefault: () => void }) => void;

/** The events of a window's web contents that hardening.ts listens to. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: (details: { url: string }) => unknown = () => undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  return {
    contents: contents as unknown as Parameters<typeof hardenWebContents>[0],
    navigate: (url: string) => listeners.get('will-navigate')?.({ url, preventDefault: () => undefined }),
    open: (url: string) => openHandler({ url }),
  };
}

const logsDir = mkdtempSync(join(tmpdir(), 'delegation-desk-log-'));
afterAll(() => rmSync(logsDir, { recursive: true, force: true }));

describe('the desktop log file', () => {
  it('gets what went wrong with a record, and nothing of the record', async () => {
    const logger = setUpLogging(logsDir);
    const file = join(logsDir, LOG_FILE_NAME);

    // A contact's links clicked in the window, and a link to a page about them.
    const window = fakeContents();
    hardenWebContents(window.contents, logger.warn);
    window.navigate(`mailto:${CONTACT.email}`);
    window.open(`tel:${CONTACT.phone.replace(/ /g, '')}`);
    // A link with a query is not handed out: refused, and logged as such.
    window.navigate(`mailto:${CONTACT.email}?subject=${encodeURIComponent(CONTACT.familyName)}`);
    window.navigate(`file:///home/delegate/${CONTACT.familyName}%20${CONTACT.givenName}.docx`);

    // An error of the page quoting the record, sent through the preload's bridge to the IPC handler.
    vi.stubGlobal('window', {
      desktop: {
        reportError: async (report: unknown) => handleReportError(logger.error, report),
      } as unknown as DesktopApi,
    });
    const error = new Error(
      `Could not save the contact "${CONTACT.familyName} ${CONTACT.givenName}" <${CONTACT.email}>, ` +
        `phone ${CONTACT.phone}, note «${CONTACT.note}»`,
    );
    reportErrorToDesktop(error);
    vi.unstubAllGlobals();

    // Written asynchronously: the failed mail application comes back on a later turn.
    await vi.waitFor(() => {
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('renderer error: Error: Could not save the contact');
      expect(text).toContain('blocked navigation to file:');
      expect(text).toContain('blocked navigation to mailto:…');
      expect(text.match(/could not open (mailto|tel):… outside the app/g)).toHaveLength(2);
    });
    const logged = readFileSync(file, 'utf8');
    for (const secret of [
      CONTACT.familyName,
      CONTACT.givenName,
      CONTACT.email,
      'szoke.odon',
      'police.hu',
      CONTACT.phone,
      CONTACT.phone.replace(/ /g, ''),
      '443',
      CONTACT.note,
    ])
      expect(logged).not.toContain(secret);
  });
});
