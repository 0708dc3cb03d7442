// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, MenuCommand, OpenedFile } from '../../../electron/contract';
import { DesktopBridge } from '../../../renderer/app/DesktopBridge';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import { pendingImports } from '../../../renderer/platform';

/**
 * A stand-in for the preload's `window.desktop`: every call is recorded, and the test plays the main
 * process: it chooses menu items and opens files "by double-click" (each file handed out once, as the
 * real shell does).
 */
function fakeDesktop() {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const fileListeners = new Set<() => void>();
  let waitingFiles: OpenedFile[] = [];

  const api = {
    appInfo: vi.fn<DesktopApi['appInfo']>(async () => ({
      name: 'Delegation Desk',
      version: '0.0.0-test',
      platform: 'linux',
      electron: '0',
      chrome: '0',
      dataPath: '/tmp/delegation-desk',
    })),
    saveFile: vi.fn<DesktopApi['saveFile']>(async () => ({ status: 'cancelled' })),
    openFile: vi.fn<DesktopApi['openFile']>(async () => ({ status: 'cancelled' })),
    takeOpenedFiles: vi.fn<DesktopApi['takeOpenedFiles']>(async () => {
      const taken = waitingFiles;
      waitingFiles = [];
      return taken;
    }),
    setInterfaceLanguage: vi.fn<DesktopApi['setInterfaceLanguage']>(async () => undefined),
    showFolder: vi.fn<DesktopApi['showFolder']>(async () => ({ status: 'opened' })),
    writeBackup: vi.fn<DesktopApi['writeBackup']>(async (request) => ({
      status: 'saved',
      backup: { name: request.name, size: request.bytes.length, modifiedAt: '2010-09-20T10:00:00.000Z' },
    })),
    listBackups: vi.fn<DesktopApi['listBackups']>(async () => ({ status: 'listed', backups: [] })),
    readBackup: vi.fn<DesktopApi['readBackup']>(async () => ({ status: 'error', code: 'not-found' })),
    deleteBackup: vi.fn<DesktopApi['deleteBackup']>(async () => ({ status: 'deleted' })),
    reportError: vi.fn<DesktopApi['reportError']>(async () => undefined),
    // A computer without a keychain: the option is not offered.
    keychainStatus: vi.fn<DesktopApi['keychainStatus']>(async () => ({ available: false, stored: false })),
    keychainStore: vi.fn<DesktopApi['keychainStore']>(async () => ({ status: 'error', code: 'unavailable' })),
    keychainRetrieve: vi.fn<DesktopApi['keychainRetrieve']>(async () => ({
      status: 'error',
      code: 'unavailable',
    })),
    keychainForget: vi.fn<DesktopApi['keychainForget']>(async () => ({ status: 'forgotten' })),
    onMenuCommand: vi.fn<DesktopApi['onMenuCommand']>((listener) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    }),
    onFilesOpened: vi.fn<DesktopApi['onFilesOpened']>((listener) => {
      fileListeners.add(listener);
      return () => fileListeners.delete(listener);
    }),
  } satisfies DesktopApi;

  return {
    api,
    /** The user picks a menu item. */
    chooseMenu(command: MenuCommand) {
      act(() => {
        for (const listener of menuListeners) listener(command);
      });
    },
    /** Files wait in the main process (e.g. the app was started by a double-click on them). */
    queueFiles(files: OpenedFile[]) {
      waitingFiles = [...waitingFiles, ...files];
    },
    /** The user double-clicks files while the app runs. */
    openFilesBySystem(files: OpenedFile[]) {
      waitingFiles = [...waitingFiles, ...files];
      act(() => {
        for (const listener of fileListeners) listener();
      });
    },
    /** The calls the page made, whatever the function. */
    callCount(): number {
      return Object.values(api).reduce((sum, mock) => sum + mock.mock.calls.length, 0);
    },
  };
}

type FakeDesktop = ReturnType<typeof fakeDesktop>;

function installDesktop(): FakeDesktop {
  const desktop = fakeDesktop();
  window.desktop = desktop.api;
  return desktop;
}

/** Shows where the router is, so the test can see where a command led. */
function CurrentLocation() {
  const location = useLocation();
  return (
    <>
      <p data-testid="path">{location.pathname}</p>
      <p data-testid="state">{JSON.stringify(location.state ?? null)}</p>
    </>
  );
}

function renderBridge() {
  return render(
    <MantineProvider env="test">
      <Notifications />
      <MemoryRouter initialEntries={['/']}>
        <DesktopBridge />
        <Routes>
          <Route path="*" element={<CurrentLocation />} />
        </Routes>
      </MemoryRouter>
    </MantineProvider>,
  );
}

/** jsdom lacks matchMedia, which Mantine asks for, and ResizeObserver, which the dialog's selects use. */
function stubMissingBrowserApis() {
  window.matchMedia ??= () =>
    ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }) as never;
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

const currentPath = () => screen.getByTestId('path').textContent;
const currentState = (): unknown => JSON.parse(screen.getByTestId('state').textContent ?? 'null');

const backupFile = (name: string): OpenedFile => ({ name, bytes: new Uint8Array([80, 75, 3, 4]) });

describe('DesktopBridge in the desktop app', () => {
  beforeAll(async () => {
    stubMissingBrowserApis();
    await setupI18n();
  });
  beforeEach(async () => {
    await act(() => changeUiLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    delete window.desktop;
    pendingImports.take();
    notifications.clean();
    vi.restoreAllMocks();
  });

  it('sets the menu language on start and again when the interface language changes', async () => {
    const desktop = installDesktop();
    renderBridge();
    expect(desktop.api.setInterfaceLanguage).toHaveBeenLastCalledWith('en');

    await act(() => changeUiLanguage('hu'));
    expect(desktop.api.setInterfaceLanguage).toHaveBeenLastCalledWith('hu');
  });

  it('takes Backup, Export documents and About to their screens, telling the screen which command', () => {
    const desktop = installDesktop();
    renderBridge();
    expect(currentPath()).toBe('/');

    desktop.chooseMenu({ kind: 'backup' });
    expect(currentPath()).toBe('/backup');
    expect(currentState()).toEqual({ desktopCommand: 'backup' });

    desktop.chooseMenu({ kind: 'import' });
    expect(currentPath()).toBe('/backup');
    expect(currentState()).toEqual({ desktopCommand: 'import' });

    desktop.chooseMenu({ kind: 'export-documents' });
    expect(currentPath()).toBe('/documents');
    expect(currentState()).toEqual({ desktopCommand: 'export-documents' });

    desktop.chooseMenu({ kind: 'about' });
    expect(currentPath()).toBe('/settings');
    expect(currentState()).toEqual({ desktopCommand: 'about' });
    // Moving between screens does not subscribe to the shell again, nor ask it again for files.
    expect(desktop.api.onMenuCommand).toHaveBeenCalledTimes(1);
    expect(desktop.api.onFilesOpened).toHaveBeenCalledTimes(1);
    expect(desktop.api.takeOpenedFiles).toHaveBeenCalledTimes(1);
  });

  it('switches the interface language from the menu, and the menu follows', async () => {
    const desktop = installDesktop();
    renderBridge();

    desktop.chooseMenu({ kind: 'language', language: 'be' });
    await waitFor(() => expect(i18next.language).toBe('be'));
    await waitFor(() => expect(desktop.api.setInterfaceLanguage).toHaveBeenLastCalledWith('be'));
    expect(currentPath()).toBe('/');
  });

  // The real dialog with its country and time-zone selects (some 1,900 elements) takes seconds to
  // render in jsdom, more on a busy machine.
  // The dialog mounts date pickers and two time zone pickers (418 zones in four languages): on a
  // machine loaded by other work its first render in jsdom has taken 30–40 s.
  it('opens the new-tour dialog for File → New tour', { timeout: 60_000 }, async () => {
    const desktop = installDesktop();
    renderBridge();
    expect(screen.queryByRole('dialog')).toBeNull();

    desktop.chooseMenu({ kind: 'new-tour' });
    // The form is loaded on demand (a chunk of its own), which takes a while on a busy machine.
    expect(await screen.findByRole('dialog', { name: 'New study tour' }, { timeout: 30_000 })).toBeTruthy();
    expect(currentPath()).toBe('/');
  });

  it('tells the user when a command from the shell has no screen in this version', async () => {
    const desktop = installDesktop();
    renderBridge();

    // A newer shell may send a command this page does not know; the type cannot express that.
    desktop.chooseMenu({ kind: 'print' } as unknown as MenuCommand);
    expect(
      await screen.findByText('This part of the app is not available in this version yet.'),
    ).toBeTruthy();
    expect(currentPath()).toBe('/');
  });

  it('keeps a file double-clicked while the app runs for the import, and opens Backup', async () => {
    const desktop = installDesktop();
    renderBridge();
    const file = backupFile('Hungary 2010.ddbackup');

    desktop.openFilesBySystem([file]);
    expect(
      await screen.findByText('“Hungary 2010.ddbackup” is ready to import on the Backup screen.'),
    ).toBeTruthy();
    expect(pendingImports.getSnapshot()).toEqual([file]);
    // The router navigates in a transition, which may land after the notification.
    await waitFor(() => expect(currentPath()).toBe('/backup'));
    expect(currentState()).toEqual({ desktopCommand: 'import' });
  });

  it('keeps the files the app was started with, one notification per file', async () => {
    const desktop = installDesktop();
    const files = [backupFile('first.ddbackup'), backupFile('second.ddbackup')];
    desktop.queueFiles(files);
    renderBridge();

    expect(await screen.findByText(/“first\.ddbackup”/)).toBeTruthy();
    expect(screen.getByText(/“second\.ddbackup”/)).toBeTruthy();
    expect(pendingImports.getSnapshot()).toEqual(files);
    await waitFor(() => expect(currentPath()).toBe('/backup'));
    expect(currentState()).toEqual({ desktopCommand: 'import' });
  });

  it('sends errors the page did not handle to the desktop log', () => {
    const desktop = installDesktop();
    renderBridge();
    const error = new Error('Lost the connection to the archive of kiss.janos@police.hu');
    // As in the desktop app: the code's locations are app:// URLs, which the log keeps.
    error.stack = 'Error: Lost the connection\n    at save (app://renderer/assets/index-D63epzVW.js:1:2345)';

    window.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
    expect(desktop.api.reportError).toHaveBeenLastCalledWith({
      message: 'Error: Lost the connection to the archive of …@…',
      stack: error.stack,
    });

    // jsdom has no PromiseRejectionEvent; the bridge reads only `reason`.
    window.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'quota exceeded' }));
    expect(desktop.api.reportError).toHaveBeenLastCalledWith({ message: 'quota exceeded' });
  });

  it('stops listening to the shell when it is unmounted', () => {
    const desktop = installDesktop();
    const { unmount } = renderBridge();
    unmount();
    desktop.api.reportError.mockClear();

    desktop.chooseMenu({ kind: 'backup' });
    desktop.openFilesBySystem([backupFile('late.ddbackup')]);
    window.dispatchEvent(new ErrorEvent('error', { message: 'after unmount' }));
    expect(desktop.api.reportError).not.toHaveBeenCalled();
    expect(pendingImports.getSnapshot()).toEqual([]);
  });
});

describe('DesktopBridge in a plain browser', () => {
  beforeAll(async () => {
    stubMissingBrowserApis();
    await setupI18n();
    await act(() => changeUiLanguage('en'));
  });
  afterEach(() => {
    cleanup();
    delete window.desktop;
    pendingImports.take();
  });

  it('renders nothing, navigates nowhere and calls nothing', async () => {
    expect(window.desktop).toBeUndefined();
    renderBridge();
    expect(currentPath()).toBe('/');
    expect(screen.queryByRole('dialog')).toBeNull();

    await act(() => changeUiLanguage('hu'));
    // Had the bridge subscribed to page errors anyway, a shell appearing now would receive them.
    const desktop = installDesktop();
    window.dispatchEvent(new ErrorEvent('error', { message: 'in the browser' }));
    expect(desktop.callCount()).toBe(0);
    expect(currentPath()).toBe('/');
    expect(currentState()).toBeNull();
    expect(pendingImports.getSnapshot()).toEqual([]);
  });
});
