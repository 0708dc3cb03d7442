import type { AppInfo, DesktopApi, FileFilter } from '../../electron/contract';
import { downloadInBrowser } from './browserDownload';

declare global {
  interface Window {
    /** Present only inside the desktop shell (set by electron/preload.ts). */
    desktop?: DesktopApi;
  }
}

export type { AppInfo };

export interface SaveFileOptions {
  suggestedName: string;
  bytes: Uint8Array;
  mimeType: string;
  filters?: FileFilter[];
}

export type SaveOutcome = 'saved' | 'cancelled';

/** A save that failed in the desktop shell; `code` selects the translated message (`platform.errors.<code>`). */
export class SaveFileError extends Error {
  constructor(readonly code: string) {
    super(`Saving failed: ${code}`);
    this.name = 'SaveFileError';
  }
}

/**
 * The one door to the file system: the native save dialog with an atomic write in the
 * desktop app, a browser download otherwise.
 */
export async function saveFile(options: SaveFileOptions): Promise<SaveOutcome> {
  const desktop = window.desktop;
  if (!desktop) {
    downloadInBrowser(options.suggestedName, options.bytes, options.mimeType);
    return 'saved';
  }
  const result = await desktop.saveFile({
    suggestedName: options.suggestedName,
    bytes: options.bytes,
    filters: options.filters,
  });
  if (result.status === 'error') throw new SaveFileError(result.code);
  return result.status;
}

export function isDesktop(): boolean {
  return window.desktop !== undefined;
}

/** What the app knows about where it runs, for Settings → About. */
export async function appInfo(): Promise<AppInfo | null> {
  return window.desktop ? window.desktop.appInfo() : null;
}

// Desktop extras (menu, files opened by the system, open dialog, backups folder), each with a browser fallback.
export * from './desktopShell';
export { pendingImports } from './pendingImports';
