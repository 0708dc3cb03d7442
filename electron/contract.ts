// The IPC contract between the desktop shell and the renderer: what `window.desktop` offers.
// Types plus channel names only, no Node or Electron imports, so the renderer can `import type` it
// and the preload can stay a single self-contained script (a sandboxed preload cannot require local files).

/** Channel names used with ipcRenderer.invoke / ipcMain.handle. */
export const IPC_CHANNELS = {
  appInfo: 'desktop:app-info',
  saveFile: 'desktop:save-file',
  openFile: 'desktop:open-file',
  takeOpenedFiles: 'desktop:take-opened-files',
  setInterfaceLanguage: 'desktop:set-interface-language',
  showFolder: 'desktop:show-folder',
  writeBackup: 'desktop:backup-write',
  listBackups: 'desktop:backup-list',
  readBackup: 'desktop:backup-read',
  deleteBackup: 'desktop:backup-delete',
  reportError: 'desktop:report-error',
  keychainStatus: 'desktop:keychain-status',
  keychainStore: 'desktop:keychain-store',
  keychainRetrieve: 'desktop:keychain-retrieve',
  keychainForget: 'desktop:keychain-forget',
} as const;

export type IpcChannels = typeof IPC_CHANNELS;

/** Messages the main process sends to the page (webContents.send / ipcRenderer.on). */
export const IPC_EVENTS = {
  /** A menu item was chosen; payload: MenuCommand. */
  menuCommand: 'desktop:menu-command',
  /** A file was opened from the command line, by double-click or from the dock; call takeOpenedFiles(). */
  filesOpened: 'desktop:files-opened',
} as const;

export type IpcEvents = typeof IPC_EVENTS;

/** The interface languages; the renderer's list, repeated because electron/ never imports renderer/. */
export const INTERFACE_LANGUAGES = ['ru', 'be', 'en', 'hu'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Extension of the app's own bundle files (without the dot), registered with the operating system so a
 * double-click opens them in the app. Backups and exchanges between delegates share this one format
 * (renderer/db/backup/format.ts: BUNDLE_EXTENSION).
 */
export const BUNDLE_FILE_EXTENSION = 'ddbackup';
export const OPENABLE_FILE_EXTENSIONS: readonly string[] = [BUNDLE_FILE_EXTENSION];

export interface AppInfo {
  /** Product name, e.g. "Delegation Desk". */
  name: string;
  /** App version from package.json. */
  version: string;
  /** Node's process.platform: 'win32' | 'darwin' | 'linux' | … */
  platform: string;
  /** Electron version. */
  electron: string;
  /** Chromium version. */
  chrome: string;
  /** Folder holding the app's data (IndexedDB lives under it), for support and backup hints. */
  dataPath: string;
}

/** A filter for the native save dialog; extensions without the leading dot, e.g. ['docx']. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** A bare file name (no folders) proposed in the dialog, e.g. "Report Minsk 2025.docx". */
  suggestedName: string;
  bytes: Uint8Array;
  filters?: FileFilter[];
}

/**
 * Why a save failed, so the renderer can show a translated message:
 * - invalid-request: the request broke the contract (a bug in the renderer, see the main-process log)
 * - dialog-failed: the native dialog could not be shown
 * - not-writable: no permission, or the file is open in another program (common on Windows)
 * - disk-full: no space left or quota exceeded
 * - write-failed: any other I/O failure; the previous file, if any, is left untouched
 */
export type SaveFileErrorCode =
  'invalid-request' | 'dialog-failed' | 'not-writable' | 'disk-full' | 'write-failed';

export type SaveFileResult =
  { status: 'saved'; path: string } | { status: 'cancelled' } | { status: 'error'; code: SaveFileErrorCode };

/** A file's name (no folder) and its content, as read by the main process for an import. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface OpenFileRequest {
  /** Type filters for the native open dialog; extensions without the leading dot. */
  filters?: FileFilter[];
}

/**
 * Why reading a file failed:
 * - invalid-request: the request broke the contract
 * - dialog-failed: the native dialog could not be shown
 * - not-found: the file (or backup) does not exist (any more)
 * - not-readable: no permission, or it is a folder
 * - too-large: larger than the app accepts for an import
 * - read-failed: any other I/O failure
 */
export type OpenFileErrorCode =
  'invalid-request' | 'dialog-failed' | 'not-found' | 'not-readable' | 'too-large' | 'read-failed';

export type OpenFileResult =
  | { status: 'opened'; file: OpenedFile }
  | { status: 'cancelled' }
  | { status: 'error'; code: OpenFileErrorCode };

/** Folders the user can open from the app (Help menu, Settings, Backup screen). */
export type AppFolder = 'data' | 'backups' | 'logs';

export type ShowFolderResult =
  { status: 'opened' } | { status: 'error'; code: 'invalid-request' | 'open-failed' };

/** One file in the backups folder of the app's data folder. */
export interface BackupFileInfo {
  /** Bare file name, e.g. "2026-11-25T12-30-00Z.ddbackup". */
  name: string;
  size: number;
  /** ISO 8601 time of the last modification. */
  modifiedAt: string;
}

export interface WriteBackupRequest {
  /** Bare file name ending in .ddbackup or .zip; letters, digits, space, . _ - ( ) only. */
  name: string;
  bytes: Uint8Array;
}

export type BackupErrorCode =
  | 'invalid-request'
  | 'not-found'
  | 'not-writable'
  | 'disk-full'
  | 'too-large'
  | 'read-failed'
  | 'write-failed';

export type WriteBackupResult =
  { status: 'saved'; backup: BackupFileInfo } | { status: 'error'; code: BackupErrorCode };
export type ListBackupsResult =
  { status: 'listed'; backups: BackupFileInfo[] } | { status: 'error'; code: BackupErrorCode };
export type ReadBackupResult =
  { status: 'opened'; file: OpenedFile } | { status: 'error'; code: BackupErrorCode };
export type DeleteBackupResult = { status: 'deleted' } | { status: 'error'; code: BackupErrorCode };

/**
 * The operating system's keychain (Electron safeStorage) keeping one 32-byte key, sent as base64, that
 * unwraps the database's data key (renderer/db/protection/keychainUnlock.ts). `available`: safeStorage
 * can encrypt and, on Linux, with a real secret store (not Chromium's 'basic_text', which is no
 * protection); `stored`: the encrypted key's file is in the data folder.
 */
export interface KeychainStatus {
  available: boolean;
  stored: boolean;
}

/**
 * - invalid-request: not a base64 string of exactly 32 bytes
 * - unavailable: no keychain here (see KeychainStatus)
 * - missing: no key stored (never, or deleted)
 * - unreadable: the keychain cannot decrypt the file (another user account, a changed keychain) or it is damaged
 * - write-failed: the file could not be written or deleted
 */
export type KeychainErrorCode = 'invalid-request' | 'unavailable' | 'missing' | 'unreadable' | 'write-failed';

export type KeychainStoreResult = { status: 'stored' } | { status: 'error'; code: KeychainErrorCode };
export type KeychainRetrieveResult =
  { status: 'retrieved'; key: string } | { status: 'error'; code: KeychainErrorCode };
export type KeychainForgetResult = { status: 'forgotten' } | { status: 'error'; code: KeychainErrorCode };

/** What the page may tell the main-process log about an error it could not handle. */
export interface RendererErrorReport {
  message: string;
  stack?: string;
}

/** What a menu item asks the page to do; edit, zoom, full screen and quit are handled natively. */
/**
 * The screens the Go menu opens, in the renderer's navigation order (renderer/app/screens.tsx; a unit
 * test keeps the two lists equal): item n has the accelerator Alt+Shift+n, 0 for the tenth.
 */
export const MENU_SCREENS = [
  'overview',
  'programme',
  'contacts',
  'findings',
  'recommendations',
  'materials',
  'documents',
  'translation',
  'backup',
  'settings',
] as const;
export type MenuScreen = (typeof MENU_SCREENS)[number];

export type MenuCommand =
  | { kind: 'screen'; screen: MenuScreen }
  | { kind: 'new-finding' }
  | { kind: 'shortcuts' }
  | { kind: 'new-tour' }
  | { kind: 'import' }
  | { kind: 'export-documents' }
  | { kind: 'backup' }
  | { kind: 'about' }
  | { kind: 'language'; language: InterfaceLanguage };

/** The object the preload exposes as `window.desktop`. */
export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>;
  /** Native open dialog; the chosen file is read by the main process and returned. */
  openFile(req: OpenFileRequest): Promise<OpenFileResult>;
  /** Files passed on the command line or opened by double-click since the last call (each returned once). */
  takeOpenedFiles(): Promise<OpenedFile[]>;
  /** The menu follows the interface language. */
  setInterfaceLanguage(language: InterfaceLanguage): Promise<void>;
  showFolder(folder: AppFolder): Promise<ShowFolderResult>;
  writeBackup(req: WriteBackupRequest): Promise<WriteBackupResult>;
  listBackups(): Promise<ListBackupsResult>;
  readBackup(name: string): Promise<ReadBackupResult>;
  deleteBackup(name: string): Promise<DeleteBackupResult>;
  reportError(report: RendererErrorReport): Promise<void>;
  keychainStatus(): Promise<KeychainStatus>;
  /** Keeps `key` (base64 of 32 bytes) encrypted by the keychain, replacing any kept before. */
  keychainStore(key: string): Promise<KeychainStoreResult>;
  keychainRetrieve(): Promise<KeychainRetrieveResult>;
  /** Deletes the kept key (done when none is kept). */
  keychainForget(): Promise<KeychainForgetResult>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Called when files are waiting in takeOpenedFiles(); returns the unsubscribe function. */
  onFilesOpened(listener: () => void): () => void;
}
