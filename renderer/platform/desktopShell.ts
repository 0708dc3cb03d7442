// The renderer's side of the desktop shell's extras: the native menu, files opened by the operating system,
// the open dialog, the backups folder and the app's folders. Every function also works in a plain browser,
// where it does the web equivalent or nothing.
import type {
  AppFolder,
  BackupErrorCode,
  BackupFileInfo,
  DesktopApi,
  FileFilter,
  InterfaceLanguage,
  MenuCommand,
  OpenedFile,
  OpenFileErrorCode,
} from '../../electron/contract';
import { redactForLog } from './logRedaction';

export type { AppFolder, BackupFileInfo, MenuCommand, OpenedFile };

function desktop(): DesktopApi | undefined {
  return typeof window === 'undefined' ? undefined : window.desktop;
}

/** The native menu follows the interface language; nothing to do in a browser. */
export function setDesktopMenuLanguage(language: InterfaceLanguage): void {
  desktop()
    ?.setInterfaceLanguage(language)
    .catch(() => undefined);
}

/** Subscribes to the native menu's commands; returns the unsubscribe function (a no-op in a browser). */
export function onDesktopMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return desktop()?.onMenuCommand(listener) ?? (() => undefined);
}

/** Files the system asked the desktop app to open (double-click, command line), each handed out once. */
export async function takeFilesOpenedBySystem(): Promise<OpenedFile[]> {
  return (await desktop()?.takeOpenedFiles()) ?? [];
}

/** Called whenever takeFilesOpenedBySystem() has something new; returns the unsubscribe function. */
export function onFilesOpenedBySystem(listener: () => void): () => void {
  return desktop()?.onFilesOpened(listener) ?? (() => undefined);
}

/** A file could not be read; `code` selects the message `platform.openErrors.<code>`. */
export class OpenFileError extends Error {
  constructor(readonly code: OpenFileErrorCode) {
    super(`Opening failed: ${code}`);
    this.name = 'OpenFileError';
  }
}

/** Lets the user pick one file in a browser; null when the picker is dismissed. */
function pickFileInBrowser(filters: FileFilter[] | undefined): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    const extensions = (filters ?? []).flatMap((filter) => filter.extensions).filter((ext) => ext !== '*');
    if (extensions.length > 0) input.accept = extensions.map((ext) => `.${ext}`).join(',');
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/**
 * "Import…": the native open dialog in the desktop app, a file picker in a browser. Resolves to the file's
 * name and bytes, or null when the user cancels; throws OpenFileError when it cannot be read.
 */
export async function openFileForImport(
  options: { filters?: FileFilter[] } = {},
): Promise<OpenedFile | null> {
  const shell = desktop();
  if (shell) {
    const result = await shell.openFile(options.filters === undefined ? {} : { filters: options.filters });
    if (result.status === 'error') throw new OpenFileError(result.code);
    return result.status === 'opened' ? result.file : null;
  }
  const file = await pickFileInBrowser(options.filters);
  if (file === null) return null;
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    throw new OpenFileError('read-failed');
  }
}

/** A backups-folder operation failed; `code` selects the message `platform.backupErrors.<code>`. */
export class BackupFolderError extends Error {
  constructor(readonly code: BackupErrorCode) {
    super(`Backups folder: ${code}`);
    this.name = 'BackupFolderError';
  }
}

function requireDesktop(): DesktopApi {
  const shell = desktop();
  if (!shell) throw new BackupFolderError('invalid-request');
  return shell;
}

/**
 * The backups folder in the desktop app's data folder (automatic backups). Only in the desktop app:
 * check `available()` first; in a browser the app offers downloads instead.
 */
export const backupsFolder = {
  available(): boolean {
    return desktop() !== undefined;
  },
  /** Writes (atomically) a backup; name: a bare file name ending in .ddbackup. */
  async write(name: string, bytes: Uint8Array): Promise<BackupFileInfo> {
    const result = await requireDesktop().writeBackup({ name, bytes });
    if (result.status === 'error') throw new BackupFolderError(result.code);
    return result.backup;
  },
  /** The backups, newest first. */
  async list(): Promise<BackupFileInfo[]> {
    const result = await requireDesktop().listBackups();
    if (result.status === 'error') throw new BackupFolderError(result.code);
    return result.backups;
  },
  async read(name: string): Promise<OpenedFile> {
    const result = await requireDesktop().readBackup(name);
    if (result.status === 'error') throw new BackupFolderError(result.code);
    return result.file;
  },
  async remove(name: string): Promise<void> {
    const result = await requireDesktop().deleteBackup(name);
    if (result.status === 'error') throw new BackupFolderError(result.code);
  },
};

/** Opens the data, backups or log folder in the file manager; false when not possible (or in a browser). */
export async function showAppFolder(folder: AppFolder): Promise<boolean> {
  const shell = desktop();
  if (!shell) return false;
  return (await shell.showFolder(folder)).status === 'opened';
}

/** Sends an error the page could not handle to the desktop app's log file; nothing in a browser. */
export function reportErrorToDesktop(error: unknown): void {
  const shell = desktop();
  if (!shell) return;
  // Nothing of a record goes to the log: addresses, numbers, quoted texts and paths are masked.
  const message = redactForLog(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  const stack = error instanceof Error && error.stack !== undefined ? redactForLog(error.stack) : undefined;
  shell.reportError(stack === undefined ? { message } : { message, stack }).catch(() => undefined);
}
