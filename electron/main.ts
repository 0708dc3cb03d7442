// App lifecycle: one window showing the renderer from app://renderer/, with the security handlers on.
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session } from 'electron';
import { promises as fs } from 'fs';
import * as path from 'path';
import { APP_ENTRY_URL, APP_SCHEME } from './appOrigin';
import { createAppRequestHandler } from './appProtocol';
import { hardenSession, hardenWebContents } from './hardening';
import { registerIpcHandlers } from './ipc';

/** The built renderer, next to dist-electron/ both in development and inside the packaged app. */
const RENDERER_ROOT = path.join(__dirname, '..', 'dist-renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.js');

function log(message: string, detail?: unknown): void {
  if (detail === undefined) console.warn(`[desktop] ${message}`);
  else console.warn(`[desktop] ${message}`, detail);
}

let mainWindow: BrowserWindow | null = null;

/** Where the save dialog opens. Some Linux desktops define no Documents folder; then the home folder. */
function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

// Must happen before 'ready'. standard: real origin, so IndexedDB and relative URLs work;
// secure: a secure context (crypto.subtle …); supportFetchAPI: the page may fetch its own files.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
// Every renderer sandboxed, including any a future change forgets to configure.
app.enableSandbox();

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Delegation Desk',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false, // shown on ready-to-show, so the user never sees an empty white frame
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession, RENDERER_ROOT, log);
  protocol.handle(
    APP_SCHEME,
    createAppRequestHandler({ rootDir: RENDERER_ROOT, fetchFile: (fileUrl) => net.fetch(fileUrl), log }),
  );
  registerIpcHandlers(ipcMain, {
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      dataPath: app.getPath('userData'),
    }),
    saveFile: {
      // Modal to the window when there is one, so the dialog cannot get lost behind it.
      showSaveDialog: (options) =>
        mainWindow === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(mainWindow, options),
      documentsDir: documentsFolder(),
      fs,
      log,
    },
    log,
  });
  mainWindow = createWindow();
}

// One instance only: two copies would share one IndexedDB and race on it. A second launch focuses the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open brings one back.
    if (mainWindow === null && app.isReady()) mainWindow = createWindow();
  });
  start().catch((error: unknown) => {
    log('start-up failed', error);
    dialog.showErrorBox('Delegation Desk', `The application could not start.\n\n${String(error)}`);
    app.quit();
  });
}
