// The IPC contract between the desktop shell and the renderer: what `window.desktop` offers.
// Types plus channel names only, no Node or Electron imports, so the renderer can `import type` it
// and the preload can stay a single self-contained script (a sandboxed preload cannot require local files).

/** Channel names used with ipcRenderer.invoke / ipcMain.handle. */
export const IPC_CHANNELS = {
  appInfo: 'desktop:app-info',
  saveFile: 'desktop:save-file',
} as const;

export type IpcChannels = typeof IPC_CHANNELS;

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

/** The object the preload exposes as `window.desktop`. */
export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>;
}
