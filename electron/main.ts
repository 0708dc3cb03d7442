// App lifecycle: one window showing the renderer from app://renderer/, with the security handlers on, the
// native menu in the interface language, the window's size remembered, files opened by the system queued
// for the import flow, and everything that goes wrong written to the log file.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { promises as fs, readFileSync, renameSync, writeFileSync } from 'fs';
import * as path from 'path';
import { APP_ENTRY_URL, APP_SCHEME } from './appOrigin';
import { createAppRequestHandler } from './appProtocol';
import { writeFileAtomic } from './atomicWrite';
import {
  IPC_EVENTS,
  isInterfaceLanguage,
  type AppFolder,
  type InterfaceLanguage,
  type MenuCommand,
} from './contract';
import { hardenSession, hardenWebContents } from './hardening';
import { registerIpcHandlers } from './ipc';
import { KEYCHAIN_FILE } from './keychain';
import { setUpLogging } from './logging';
import { buildMenuTemplate } from './menu';
import { defaultMenuLocalesDir, loadAllMenuStrings, type MenuStrings } from './menuStrings';
import { openableFilesFromArgv, OpenedFilesQueue } from './openedFiles';
import { handleShowFolder, type ShowFolderDeps } from './shellRequests';
import {
  captureWindowState,
  DEFAULT_WINDOW_STATE,
  fitWindowState,
  MIN_WINDOW_SIZE,
  parseWindowState,
  WINDOW_STATE_FILE,
  type WindowState,
} from './windowState';

/** The built renderer, next to dist-electron/ both in development and inside the packaged app. */
const RENDERER_ROOT = path.join(__dirname, '..', 'dist-renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.js');

/** Everything the app keeps lives under the data folder (IndexedDB, backups, logs, window state). */
const DATA_DIR = app.getPath('userData');
const FOLDERS: Readonly<Record<AppFolder, string>> = {
  data: DATA_DIR,
  backups: path.join(DATA_DIR, 'backups'),
  logs: path.join(DATA_DIR, 'logs'),
};
const WINDOW_STATE_PATH = path.join(DATA_DIR, WINDOW_STATE_FILE);

app.setAppLogsPath(FOLDERS.logs);
const logger = setUpLogging(FOLDERS.logs);
const log = logger.warn;

let mainWindow: BrowserWindow | null = null;
let menuLanguage: InterfaceLanguage = 'ru';
let menuStrings: Record<InterfaceLanguage, MenuStrings> | null = null;
const openedFiles = new OpenedFilesQueue(fs, log);

/** Where the dialogs open. Some Linux desktops define no Documents folder; then the home folder. */
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
  {
    scheme: APP_SCHEME,
    // codeCache: V8 may keep the scripts' compiled code between starts, as a browser does for a web
    // page it caches; without it every start parses the 750 KB start-up script anew (88 ms in
    // Chromium on the benchmark machine; the desktop app's gain is not measured: no Electron here).
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);
// Every renderer sandboxed, including any a future change forgets to configure.
app.enableSandbox();

// ---- menu ----------------------------------------------------------------------------------------------

function sendToPage(channel: string, payload?: unknown): void {
  if (mainWindow === null || mainWindow.isDestroyed()) return;
  mainWindow.webContents.send(channel, payload);
}

const SHOW_FOLDER_DEPS: ShowFolderDeps = {
  folders: FOLDERS,
  ensureFolder: (dir) => fs.mkdir(dir, { recursive: true }),
  openPath: (dir) => shell.openPath(dir),
  log,
};

function showFolder(folder: AppFolder): void {
  void handleShowFolder(SHOW_FOLDER_DEPS, folder);
}

function applyMenu(language: InterfaceLanguage): void {
  menuLanguage = language;
  if (menuStrings === null) return; // the files were broken (logged at start-up): Electron's default menu stays
  const template = buildMenuTemplate({
    strings: menuStrings[language],
    language,
    platform: process.platform,
    developerItems: !app.isPackaged,
    actions: {
      command: (command: MenuCommand) => {
        focusMainWindow();
        sendToPage(IPC_EVENTS.menuCommand, command);
      },
      showFolder,
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Until the page says which language it shows, the system's first language the app speaks, else Russian. */
function systemLanguage(): InterfaceLanguage {
  for (const tag of app.getPreferredSystemLanguages()) {
    const base = tag.toLowerCase().split('-')[0];
    if (isInterfaceLanguage(base)) return base;
  }
  return 'ru';
}

// ---- window state --------------------------------------------------------------------------------------

async function loadWindowState(): Promise<WindowState> {
  let saved: WindowState | null = null;
  try {
    saved = parseWindowState(JSON.parse(await fs.readFile(WINDOW_STATE_PATH, 'utf8')));
  } catch {
    // First start, or an unreadable file: defaults.
  }
  return fitWindowState(
    saved ?? DEFAULT_WINDOW_STATE,
    screen.getAllDisplays().map((display) => display.workArea),
  );
}

let saveTimer: NodeJS.Timeout | undefined;

function windowStateBytes(window: BrowserWindow): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(captureWindowState(window)));
}

/** Moving or resizing fires many events; the state is written once things settle. */
function saveWindowStateSoon(window: BrowserWindow): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    if (window.isDestroyed()) return;
    writeFileAtomic(fs, WINDOW_STATE_PATH, windowStateBytes(window)).catch((error: unknown) =>
      log('could not save the window state', error),
    );
  }, 1000);
}

/**
 * On close the state is written synchronously: the app may quit right after, before an asynchronous write
 * finished. Still temp file + rename, so a crash mid-write never leaves a truncated file.
 */
function saveWindowStateNow(window: BrowserWindow): void {
  clearTimeout(saveTimer);
  const temp = `${WINDOW_STATE_PATH}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, windowStateBytes(window));
    renameSync(temp, WINDOW_STATE_PATH);
  } catch (error) {
    log('could not save the window state', error);
  }
}

// ---- window --------------------------------------------------------------------------------------------

function createWindow(state: WindowState): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Delegation Desk',
    // Windows and Linux show it in the title bar and task bar (macOS takes the bundle's .icns);
    // the renderer carries a copy of build/icons/256x256.png, so it is inside app.asar too.
    icon: path.join(RENDERER_ROOT, 'icon.png'),
    ...(state.x === undefined || state.y === undefined ? {} : { x: state.x, y: state.y }),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false, // shown on ready-to-show, so the user never sees an empty white frame
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // No developer tools in an installed app: with them, anyone at the laptop reads the database.
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    if (state.fullScreen) window.setFullScreen(true);
    window.show();
  });
  const saveSoon = () => saveWindowStateSoon(window);
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('enter-full-screen', saveSoon);
  window.on('leave-full-screen', saveSoon);
  window.on('close', () => saveWindowStateNow(window));
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

/** Queues app files the system handed over and tells the page, which takes them into the import flow. */
function openFiles(paths: readonly string[]): void {
  if (openedFiles.add(paths) > 0) sendToPage(IPC_EVENTS.filesOpened);
}

async function start(): Promise<void> {
  await app.whenReady();
  try {
    menuStrings = loadAllMenuStrings((file) => readFileSync(file, 'utf8'), defaultMenuLocalesDir(__dirname));
  } catch (error) {
    logger.error('menu strings could not be loaded', error);
  }
  applyMenu(systemLanguage());

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
      dataPath: DATA_DIR,
    }),
    saveFile: {
      // Modal to the window when there is one, so the dialog cannot get lost behind it.
      showSaveDialog: (options) =>
        mainWindow === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(mainWindow, options),
      documentsDir: documentsFolder(),
      fs,
      log,
    },
    openFile: {
      showOpenDialog: (options) =>
        mainWindow === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(mainWindow, options),
      documentsDir: documentsFolder(),
      fs,
      log,
    },
    openedFiles,
    setInterfaceLanguage: (language) => {
      if (language !== menuLanguage) applyMenu(language);
    },
    showFolder: SHOW_FOLDER_DEPS,
    backups: { backupsDir: FOLDERS.backups, fs, log },
    keychain: {
      safeStorage,
      platform: process.platform,
      filePath: path.join(DATA_DIR, KEYCHAIN_FILE),
      fs,
      log,
    },
    logError: logger.error,
    log,
  });
  openFiles(openableFilesFromArgv(process.argv, process.cwd()));
  mainWindow = createWindow(await loadWindowState());
}

// One instance only: two copies would share one IndexedDB and race on it. A second launch focuses the first
// and hands over the files it was asked to open.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    openFiles(openableFilesFromArgv(argv, workingDirectory));
  });
  // macOS delivers double-clicked files as events, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFiles([filePath]);
    focusMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open brings one back.
    if (mainWindow === null && app.isReady()) {
      void loadWindowState().then((state) => {
        mainWindow = createWindow(state);
      });
    }
  });
  start().catch((error: unknown) => {
    logger.error('start-up failed', error);
    dialog.showErrorBox('Delegation Desk', `The application could not start.\n\n${String(error)}`);
    app.quit();
  });
}
