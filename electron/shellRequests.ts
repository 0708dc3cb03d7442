// Small IPC requests with no file content: open one of the app's folders, tell the menu the interface
// language, and write a page error into the main-process log. Each validates its argument first.
import {
  isInterfaceLanguage,
  type AppFolder,
  type InterfaceLanguage,
  type RendererErrorReport,
  type ShowFolderResult,
} from './contract';
import { isPlainObject } from './saveFileRequest';
import type { Log } from './logging';

/** Thrown for a request whose arguments break the contract; ipcRenderer.invoke then rejects. */
export class IpcArgumentError extends Error {
  constructor(message: string) {
    super(`Invalid IPC argument: ${message}`);
    this.name = 'IpcArgumentError';
  }
}

const APP_FOLDERS: readonly AppFolder[] = ['data', 'backups', 'logs'];

export function isAppFolder(value: unknown): value is AppFolder {
  return typeof value === 'string' && (APP_FOLDERS as readonly string[]).includes(value);
}

export interface ShowFolderDeps {
  /** Absolute folder for each kind, decided by main.ts from app.getPath('userData'). */
  folders: Readonly<Record<AppFolder, string>>;
  /** Creates the folder if missing, so "Open backups folder" works before the first backup. */
  ensureFolder(folder: string): Promise<unknown>;
  /** Electron's shell.openPath: resolves to an error message, or '' on success. */
  openPath(folder: string): Promise<string>;
  log?: Log;
}

/** Opens one of the app's own folders in the file manager; the page names a kind, never a path. */
export async function handleShowFolder(deps: ShowFolderDeps, input: unknown): Promise<ShowFolderResult> {
  if (!isAppFolder(input)) {
    deps.log?.(`showFolder refused: ${String(input)}`);
    return { status: 'error', code: 'invalid-request' };
  }
  const folder = deps.folders[input];
  try {
    await deps.ensureFolder(folder);
    const problem = await deps.openPath(folder);
    if (problem !== '') {
      deps.log?.(`could not open ${folder}: ${problem}`);
      return { status: 'error', code: 'open-failed' };
    }
    return { status: 'opened' };
  } catch (error) {
    deps.log?.(`could not open ${folder}`, error);
    return { status: 'error', code: 'open-failed' };
  }
}

/** Applies the interface language to the native menu. */
export function handleSetInterfaceLanguage(
  apply: (language: InterfaceLanguage) => void,
  input: unknown,
): void {
  if (!isInterfaceLanguage(input)) throw new IpcArgumentError('language must be one of ru, be, en, hu');
  apply(input);
}

export const MAX_ERROR_MESSAGE_LENGTH = 2_000;
export const MAX_ERROR_STACK_LENGTH = 20_000;

export function validateErrorReport(input: unknown): RendererErrorReport {
  if (!isPlainObject(input)) throw new IpcArgumentError('error report must be an object');
  const unknown = Object.keys(input).find((key) => key !== 'message' && key !== 'stack');
  if (unknown !== undefined) throw new IpcArgumentError(`unexpected field "${unknown}"`);
  const { message, stack } = input;
  if (typeof message !== 'string') throw new IpcArgumentError('message must be a string');
  if (stack !== undefined && typeof stack !== 'string') throw new IpcArgumentError('stack must be a string');
  // Cut rather than refuse: a long stack is still worth logging, just not without bound.
  const report: RendererErrorReport = { message: message.slice(0, MAX_ERROR_MESSAGE_LENGTH) };
  if (stack !== undefined) report.stack = stack.slice(0, MAX_ERROR_STACK_LENGTH);
  return report;
}

/** Writes an error the page could not handle into the log file. */
export function handleReportError(
  logError: (message: string, detail?: unknown) => void,
  input: unknown,
): void {
  const report = validateErrorReport(input);
  logError(`renderer error: ${report.message}`, report.stack);
}
