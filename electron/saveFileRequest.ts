// Validation of the saveFile IPC message. The renderer is trusted code, but IPC is still a border: a bug or
// an injected script must not be able to choose a folder, smuggle a path, or make main allocate without limit.
import type { FileFilter, SaveFileRequest } from './contract';

export const MAX_NAME_LENGTH = 255;
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;
export const MAX_FILTERS = 20;
export const MAX_EXTENSIONS_PER_FILTER = 20;
export const MAX_FILTER_NAME_LENGTH = 100;

export type SaveFileValidationReason =
  | 'request-not-object'
  | 'unknown-field'
  | 'name-not-string'
  | 'name-empty'
  | 'name-too-long'
  | 'name-has-path-separator'
  | 'name-has-control-character'
  | 'name-has-reserved-character'
  | 'name-has-dot-dot'
  | 'bytes-not-uint8array'
  | 'bytes-too-large'
  | 'filters-not-array'
  | 'filters-too-many'
  | 'filter-not-object'
  | 'filter-name-invalid'
  | 'filter-extensions-invalid';

/** Thrown by validateSaveFileRequest; `reason` is stable for tests and logs, `message` is for humans. */
export class SaveFileValidationError extends Error {
  readonly reason: SaveFileValidationReason;

  constructor(reason: SaveFileValidationReason, message: string) {
    super(`Invalid saveFile request (${reason}): ${message}`);
    this.name = 'SaveFileValidationError';
    this.reason = reason;
  }
}

const KNOWN_FIELDS: ReadonlySet<string> = new Set(['suggestedName', 'bytes', 'filters']);
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern rejects
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;
/** Characters Windows forbids in file names; the same app runs there, so they are refused everywhere. */
const WINDOWS_RESERVED_CHARS = /[<>:"|?*]/;
/** Extensions as Electron wants them: no dot, letters and digits, or '*' for "all files". */
const EXTENSION = /^(\*|[A-Za-z0-9]{1,16})$/;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validateName(value: unknown): string {
  if (typeof value !== 'string')
    throw new SaveFileValidationError('name-not-string', 'suggestedName must be a string');
  if (value.trim() === '') throw new SaveFileValidationError('name-empty', 'suggestedName must not be empty');
  if (value.length > MAX_NAME_LENGTH) {
    throw new SaveFileValidationError(
      'name-too-long',
      `suggestedName is longer than ${MAX_NAME_LENGTH} characters`,
    );
  }
  if (value.includes('/') || value.includes('\\')) {
    throw new SaveFileValidationError('name-has-path-separator', 'suggestedName must be a bare file name');
  }
  if (CONTROL_CHARS.test(value)) {
    throw new SaveFileValidationError(
      'name-has-control-character',
      'suggestedName contains NUL or a control character',
    );
  }
  if (WINDOWS_RESERVED_CHARS.test(value)) {
    throw new SaveFileValidationError(
      'name-has-reserved-character',
      'suggestedName contains one of < > : " | ? *',
    );
  }
  if (value.includes('..'))
    throw new SaveFileValidationError('name-has-dot-dot', 'suggestedName must not contain ".."');
  return value;
}

function validateBytes(value: unknown): Uint8Array {
  if (!(value instanceof Uint8Array))
    throw new SaveFileValidationError('bytes-not-uint8array', 'bytes must be a Uint8Array');
  if (value.byteLength > MAX_SAVE_BYTES) {
    throw new SaveFileValidationError('bytes-too-large', `bytes exceed ${MAX_SAVE_BYTES} bytes`);
  }
  return value;
}

function validateFilter(value: unknown, index: number): FileFilter {
  if (!isPlainObject(value))
    throw new SaveFileValidationError('filter-not-object', `filters[${index}] must be an object`);
  const { name, extensions } = value;
  if (
    typeof name !== 'string' ||
    name.trim() === '' ||
    name.length > MAX_FILTER_NAME_LENGTH ||
    CONTROL_CHARS.test(name)
  ) {
    throw new SaveFileValidationError(
      'filter-name-invalid',
      `filters[${index}].name must be a short non-empty label`,
    );
  }
  if (
    !Array.isArray(extensions) ||
    extensions.length === 0 ||
    extensions.length > MAX_EXTENSIONS_PER_FILTER ||
    !extensions.every((ext): ext is string => typeof ext === 'string' && EXTENSION.test(ext))
  ) {
    throw new SaveFileValidationError(
      'filter-extensions-invalid',
      `filters[${index}].extensions must be 1–${MAX_EXTENSIONS_PER_FILTER} extensions without dots, e.g. ["docx"]`,
    );
  }
  return { name, extensions: [...extensions] };
}

/** Checks optional dialog filters (shared by the save and open dialogs); returns a fresh copy. */
export function validateFilters(value: unknown): FileFilter[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value))
    throw new SaveFileValidationError('filters-not-array', 'filters must be an array');
  if (value.length > MAX_FILTERS)
    throw new SaveFileValidationError('filters-too-many', `more than ${MAX_FILTERS} filters`);
  return value.map(validateFilter);
}

/**
 * Checks an untrusted saveFile payload and returns a fresh, well-typed copy (filters are copied so later
 * mutation by the caller cannot change what was checked). Throws SaveFileValidationError on the first problem.
 */
export function validateSaveFileRequest(input: unknown): SaveFileRequest {
  if (!isPlainObject(input))
    throw new SaveFileValidationError('request-not-object', 'request must be an object');
  const unknown = Object.keys(input).find((key) => !KNOWN_FIELDS.has(key));
  if (unknown !== undefined)
    throw new SaveFileValidationError('unknown-field', `unexpected field "${unknown}"`);
  const suggestedName = validateName(input.suggestedName);
  const bytes = validateBytes(input.bytes);
  const filters = validateFilters(input.filters);
  return filters === undefined ? { suggestedName, bytes } : { suggestedName, bytes, filters };
}
