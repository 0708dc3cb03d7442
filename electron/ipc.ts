// The handlers behind window.desktop. Everything Electron-specific arrives through `deps`, so these are
// plain functions the unit tests call directly; main.ts supplies dialog, fs and app facts.
import * as path from 'path';
import { isAppUrl } from './appOrigin';
import { writeFileAtomic, type AtomicWriteFs } from './atomicWrite';
import {
  handleDeleteBackup,
  handleListBackups,
  handleReadBackup,
  handleWriteBackup,
  type BackupsDeps,
} from './backupsFolder';
import {
  IPC_CHANNELS,
  type AppInfo,
  type FileFilter,
  type InterfaceLanguage,
  type SaveFileResult,
} from './contract';
import {
  handleKeychainForget,
  handleKeychainRetrieve,
  handleKeychainStatus,
  handleKeychainStore,
  type KeychainDeps,
} from './keychain';
import { handleOpenFile, type OpenFileDeps } from './openFile';
import type { OpenedFilesQueue } from './openedFiles';
import { saveErrorCodeFor } from './saveErrorCode';
import { SaveFileValidationError, validateSaveFileRequest } from './saveFileRequest';
import {
  handleReportError,
  handleSetInterfaceLanguage,
  handleShowFolder,
  IpcArgumentError,
  type ShowFolderDeps,
} from './shellRequests';
import type { Log } from './logging';

export { saveErrorCodeFor } from './saveErrorCode';
export { SaveFileValidationError, validateSaveFileRequest } from './saveFileRequest';

/** The part of Electron's SaveDialogOptions we use; assignable to it. */
export interface SaveDialogRequest {
  defaultPath: string;
  filters?: FileFilter[];
  properties: Array<'createDirectory' | 'showOverwriteConfirmation'>;
}

export interface SaveDialogOutcome {
  canceled: boolean;
  /** Empty or missing when cancelled. */
  filePath?: string;
}

export interface SaveFileDeps {
  showSaveDialog(options: SaveDialogRequest): Promise<SaveDialogOutcome>;
  /** app.getPath('documents'): where the dialog opens. */
  documentsDir: string;
  fs: AtomicWriteFs;
  /** Injected for deterministic temp names in tests. */
  randomSuffix?: () => string;
  log?: Log;
}

/** Validates, asks the user where to save, and writes atomically. Never throws: failures become results. */
export async function handleSaveFile(deps: SaveFileDeps, input: unknown): Promise<SaveFileResult> {
  let request;
  try {
    request = validateSaveFileRequest(input);
  } catch (error) {
    deps.log?.(
      error instanceof SaveFileValidationError ? error.message : 'saveFile validation failed',
      error,
    );
    return { status: 'error', code: 'invalid-request' };
  }

  let outcome: SaveDialogOutcome;
  try {
    outcome = await deps.showSaveDialog({
      defaultPath: path.join(deps.documentsDir, request.suggestedName),
      ...(request.filters === undefined ? {} : { filters: request.filters }),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  } catch (error) {
    deps.log?.('save dialog failed', error);
    return { status: 'error', code: 'dialog-failed' };
  }
  if (outcome.canceled || outcome.filePath === undefined || outcome.filePath === '')
    return { status: 'cancelled' };
  // The dialog only ever answers with absolute paths; anything else would resolve against the cwd.
  if (!path.isAbsolute(outcome.filePath)) {
    deps.log?.(`save dialog returned a relative path: ${outcome.filePath}`);
    return { status: 'error', code: 'dialog-failed' };
  }

  try {
    await writeFileAtomic(deps.fs, outcome.filePath, request.bytes, deps.randomSuffix?.());
    return { status: 'saved', path: outcome.filePath };
  } catch (error) {
    deps.log?.(`could not write ${outcome.filePath}`, error);
    return { status: 'error', code: saveErrorCodeFor(error) };
  }
}

/** Facts about the running app, gathered in main.ts from app, process.platform and process.versions. */
export type AppInfoDeps = AppInfo;

export function handleAppInfo(deps: AppInfoDeps): AppInfo {
  // A fresh object: the caller's source of facts is never handed out by reference.
  const { name, version, platform, electron, chrome, dataPath } = deps;
  return { name, version, platform, electron, chrome, dataPath };
}

/** What an IPC invoke event must offer; Electron's IpcMainInvokeEvent does. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** Electron's ipcMain, reduced to the one method used. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

export interface IpcDeps {
  appInfo(): AppInfoDeps;
  saveFile: SaveFileDeps;
  openFile: OpenFileDeps;
  /** Files from the command line / double-click, waiting for the page. */
  openedFiles: Pick<OpenedFilesQueue, 'take'>;
  /** Rebuilds the native menu in this language. */
  setInterfaceLanguage(language: InterfaceLanguage): void;
  showFolder: ShowFolderDeps;
  backups: BackupsDeps;
  keychain: KeychainDeps;
  /** Writes a page error to the log file. */
  logError(message: string, detail?: unknown): void;
  log?: Log;
}

/**
 * Only pages served from our own app:// origin may use the desktop API. A frame that navigated away (null)
 * or any other origin is refused, so foreign content that somehow got into the window gains nothing.
 */
export function isTrustedSender(event: InvokeEventLike): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}

export class UntrustedSenderError extends Error {
  constructor(url: string | undefined) {
    super(`IPC refused: sender ${url ?? '(no frame)'} is not the app origin`);
    this.name = 'UntrustedSenderError';
  }
}

function guarded<T>(deps: IpcDeps, handler: (...args: unknown[]) => T) {
  return (event: InvokeEventLike, ...args: unknown[]): T => {
    if (!isTrustedSender(event)) {
      const error = new UntrustedSenderError(event.senderFrame?.url);
      deps.log?.(error.message);
      throw error;
    }
    return handler(...args);
  };
}

/** Handlers that take no argument refuse any, so a confused caller learns at once. */
function noArguments(args: unknown[]): void {
  if (args.length > 0) throw new IpcArgumentError('this request takes no arguments');
}

/** Wires every channel of the contract to its handler, each behind the sender-origin check. */
export function registerIpcHandlers(ipcMain: IpcMainLike, deps: IpcDeps): void {
  ipcMain.handle(
    IPC_CHANNELS.appInfo,
    guarded(deps, () => handleAppInfo(deps.appInfo())),
  );
  ipcMain.handle(
    IPC_CHANNELS.saveFile,
    guarded(deps, (input) => handleSaveFile(deps.saveFile, input)),
  );
  ipcMain.handle(
    IPC_CHANNELS.openFile,
    guarded(deps, (input) => handleOpenFile(deps.openFile, input)),
  );
  ipcMain.handle(
    IPC_CHANNELS.takeOpenedFiles,
    guarded(deps, (...args) => {
      noArguments(args);
      return deps.openedFiles.take();
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.setInterfaceLanguage,
    guarded(deps, (input) => handleSetInterfaceLanguage(deps.setInterfaceLanguage, input)),
  );
  ipcMain.handle(
    IPC_CHANNELS.showFolder,
    guarded(deps, (input) => handleShowFolder(deps.showFolder, input)),
  );
  ipcMain.handle(
    IPC_CHANNELS.writeBackup,
    guarded(deps, (input) => handleWriteBackup(deps.backups, input)),
  );
  ipcMain.handle(
    IPC_CHANNELS.listBackups,
    guarded(deps, (...args) => {
      noArguments(args);
      return handleListBackups(deps.backups);
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.readBackup,
    guarded(deps, (input) => handleReadBackup(deps.backups, input)),
  );
  ipcMain.handle(
    IPC_CHANNELS.deleteBackup,
    guarded(deps, (input) => handleDeleteBackup(deps.backups, input)),
  );
  ipcMain.handle(
    IPC_CHANNELS.reportError,
    guarded(deps, (input) => handleReportError(deps.logError, input)),
  );
  ipcMain.handle(
    IPC_CHANNELS.keychainStatus,
    guarded(deps, (...args) => {
      noArguments(args);
      return handleKeychainStatus(deps.keychain);
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.keychainStore,
    guarded(deps, (...args) => {
      // Exactly one argument: the key. Its value is checked (and never logged) by the handler.
      if (args.length !== 1) throw new IpcArgumentError('keychainStore takes one argument');
      return handleKeychainStore(deps.keychain, args[0]);
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.keychainRetrieve,
    guarded(deps, (...args) => {
      noArguments(args);
      return handleKeychainRetrieve(deps.keychain);
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.keychainForget,
    guarded(deps, (...args) => {
      noArguments(args);
      return handleKeychainForget(deps.keychain);
    }),
  );
}
