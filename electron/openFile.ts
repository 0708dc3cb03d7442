// "Import…": the user picks a file in the native open dialog and the main process reads it. The page never
// names a path, so it can only ever receive a file the user chose.
import * as path from 'path';
import type { FileFilter, OpenFileRequest, OpenFileResult } from './contract';
import { readFileLimited, type ReadFs } from './readFileLimited';
import { isPlainObject, validateFilters } from './saveFileRequest';
import type { Log } from './logging';

/** The part of Electron's OpenDialogOptions we use; assignable to it. */
export interface OpenDialogRequest {
  defaultPath: string;
  filters?: FileFilter[];
  properties: Array<'openFile'>;
}

export interface OpenDialogOutcome {
  canceled: boolean;
  filePaths: string[];
}

export interface OpenFileDeps {
  showOpenDialog(options: OpenDialogRequest): Promise<OpenDialogOutcome>;
  /** Where the dialog opens (Documents). */
  documentsDir: string;
  fs: ReadFs;
  maxBytes?: number;
  log?: Log;
}

export class OpenFileValidationError extends Error {
  constructor(message: string) {
    super(`Invalid openFile request: ${message}`);
    this.name = 'OpenFileValidationError';
  }
}

/** Checks the untrusted request: an object with at most `filters`. Returns a fresh copy. */
export function validateOpenFileRequest(input: unknown): OpenFileRequest {
  if (input === undefined) return {};
  if (!isPlainObject(input)) throw new OpenFileValidationError('request must be an object');
  const unknown = Object.keys(input).find((key) => key !== 'filters');
  if (unknown !== undefined) throw new OpenFileValidationError(`unexpected field "${unknown}"`);
  const filters = validateFilters(input.filters);
  return filters === undefined ? {} : { filters };
}

/** Validates, shows the open dialog, reads the chosen file. Never throws: failures become results. */
export async function handleOpenFile(deps: OpenFileDeps, input: unknown): Promise<OpenFileResult> {
  let request: OpenFileRequest;
  try {
    request = validateOpenFileRequest(input);
  } catch (error) {
    deps.log?.('openFile validation failed', error);
    return { status: 'error', code: 'invalid-request' };
  }

  let outcome: OpenDialogOutcome;
  try {
    outcome = await deps.showOpenDialog({
      defaultPath: deps.documentsDir,
      ...(request.filters === undefined ? {} : { filters: request.filters }),
      properties: ['openFile'],
    });
  } catch (error) {
    deps.log?.('open dialog failed', error);
    return { status: 'error', code: 'dialog-failed' };
  }
  const chosen = outcome.filePaths[0];
  if (outcome.canceled || chosen === undefined || chosen === '') return { status: 'cancelled' };
  if (!path.isAbsolute(chosen)) {
    deps.log?.(`open dialog returned a relative path: ${chosen}`);
    return { status: 'error', code: 'dialog-failed' };
  }

  const read = await readFileLimited(deps.fs, chosen, deps.maxBytes);
  if (!read.ok) {
    deps.log?.(`could not read ${chosen}: ${read.code}`);
    return { status: 'error', code: read.code };
  }
  return { status: 'opened', file: { name: path.basename(chosen), bytes: read.bytes } };
}
