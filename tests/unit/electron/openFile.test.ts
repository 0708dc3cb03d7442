import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  handleOpenFile,
  validateOpenFileRequest,
  OpenFileValidationError,
  type OpenDialogRequest,
  type OpenFileDeps,
} from '../../../electron/openFile';
import { readErrorCodeFor, readFileLimited } from '../../../electron/readFileLimited';

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'delegation-desk-open-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function depsChoosing(chosen: string[] | null, overrides: Partial<OpenFileDeps> = {}) {
  const dialogCalls: OpenDialogRequest[] = [];
  const deps: OpenFileDeps = {
    documentsDir: '/home/delegate/Documents',
    fs,
    showOpenDialog: async (options) => {
      dialogCalls.push(options);
      return chosen === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: chosen };
    },
    ...overrides,
  };
  return { deps, dialogCalls };
}

describe('validateOpenFileRequest', () => {
  it('accepts nothing, an empty object or valid filters, and copies them', () => {
    expect(validateOpenFileRequest(undefined)).toEqual({});
    expect(validateOpenFileRequest({})).toEqual({});
    const filters = [{ name: 'Backup', extensions: ['ddbackup', 'zip'] }];
    const result = validateOpenFileRequest({ filters });
    expect(result).toEqual({ filters });
    expect(result.filters).not.toBe(filters);
  });

  it.each([
    ['a string', '/etc/passwd'],
    ['an array', [1]],
    ['null', null],
    ['a path field', { path: '/etc/passwd' }],
    ['a defaultPath field', { defaultPath: '/etc' }],
    ['bad extensions', { filters: [{ name: 'x', extensions: ['.exe'] }] }],
    ['filters not an array', { filters: 'docx' }],
  ])('rejects %s', (_label, input) => {
    expect(() => validateOpenFileRequest(input)).toThrow();
  });

  it('names the problem in the error', () => {
    expect(() => validateOpenFileRequest({ path: '/x' })).toThrow(OpenFileValidationError);
  });
});

describe('handleOpenFile', () => {
  it('opens the dialog in Documents with the filters, and returns the chosen file', async () => {
    const file = path.join(dir, 'Tour.ddbackup');
    await fs.writeFile(file, new Uint8Array([1, 2, 3]));
    const { deps, dialogCalls } = depsChoosing([file]);
    const filters = [{ name: 'Backup', extensions: ['ddbackup'] }];
    const result = await handleOpenFile(deps, { filters });
    expect(result).toEqual({
      status: 'opened',
      file: { name: 'Tour.ddbackup', bytes: new Uint8Array([1, 2, 3]) },
    });
    expect(dialogCalls).toEqual([
      { defaultPath: '/home/delegate/Documents', filters, properties: ['openFile'] },
    ]);
  });

  it('returns a plain Uint8Array, not a Buffer', async () => {
    const file = path.join(dir, 'a.ddbackup');
    await fs.writeFile(file, 'x');
    const result = await handleOpenFile(depsChoosing([file]).deps, {});
    expect(result.status === 'opened' && result.file.bytes.constructor).toBe(Uint8Array);
  });

  it('rejects a bad request without showing a dialog', async () => {
    const { deps, dialogCalls } = depsChoosing(['/etc/passwd']);
    await expect(handleOpenFile(deps, { path: '/etc/passwd' })).resolves.toEqual({
      status: 'error',
      code: 'invalid-request',
    });
    expect(dialogCalls).toEqual([]);
  });

  it('reports cancel, an empty choice and a relative path', async () => {
    await expect(handleOpenFile(depsChoosing(null).deps, {})).resolves.toEqual({ status: 'cancelled' });
    await expect(handleOpenFile(depsChoosing([]).deps, {})).resolves.toEqual({ status: 'cancelled' });
    await expect(handleOpenFile(depsChoosing(['relative.ddbackup']).deps, {})).resolves.toEqual({
      status: 'error',
      code: 'dialog-failed',
    });
  });

  it('reports a dialog that throws', async () => {
    const { deps } = depsChoosing(null, { showOpenDialog: () => Promise.reject(new Error('no display')) });
    await expect(handleOpenFile(deps, {})).resolves.toEqual({ status: 'error', code: 'dialog-failed' });
  });

  it('refuses a file larger than the limit without reading it', async () => {
    const file = path.join(dir, 'big.ddbackup');
    await fs.writeFile(file, new Uint8Array(100));
    let reads = 0;
    const { deps } = depsChoosing([file], {
      maxBytes: 99,
      fs: { stat: (p) => fs.stat(p), readFile: (p) => ((reads += 1), fs.readFile(p)) },
    });
    await expect(handleOpenFile(deps, {})).resolves.toEqual({ status: 'error', code: 'too-large' });
    expect(reads).toBe(0);
  });

  it('reports a missing file and a folder', async () => {
    await expect(handleOpenFile(depsChoosing([path.join(dir, 'gone.zip')]).deps, {})).resolves.toEqual({
      status: 'error',
      code: 'not-found',
    });
    await expect(handleOpenFile(depsChoosing([dir]).deps, {})).resolves.toEqual({
      status: 'error',
      code: 'not-readable',
    });
  });
});

describe('readFileLimited', () => {
  it('notices a file that grew between stat and read', async () => {
    const grown = {
      stat: async () => ({ isFile: () => true, size: 1, mtime: new Date() }),
      readFile: async () => new Uint8Array(10),
    };
    await expect(readFileLimited(grown, '/x', 5)).resolves.toEqual({ ok: false, code: 'too-large' });
  });

  it('maps fs errors to codes', () => {
    expect(readErrorCodeFor({ code: 'ENOENT' })).toBe('not-found');
    expect(readErrorCodeFor({ code: 'EACCES' })).toBe('not-readable');
    expect(readErrorCodeFor({ code: 'EIO' })).toBe('read-failed');
    expect(readErrorCodeFor('weird')).toBe('read-failed');
  });
});
