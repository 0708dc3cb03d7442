import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempPathFor, writeFileAtomic, type AtomicWriteFs } from '../../../electron/atomicWrite';
import {
  handleSaveFile,
  saveErrorCodeFor,
  type SaveDialogRequest,
  type SaveFileDeps,
} from '../../../electron/ipc';

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'delegation-desk-save-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** Real fs whose writeFile writes the first half of the data and then fails, like a full disk. */
function fsFailingHalfway(): AtomicWriteFs {
  return {
    rename: (from, to) => fs.rename(from, to),
    unlink: (p) => fs.unlink(p),
    open: async (p, flags, mode) => {
      const handle = await fs.open(p, flags, mode);
      return {
        sync: () => handle.sync(),
        close: () => handle.close(),
        writeFile: async (data) => {
          await handle.write(data, 0, Math.floor(data.byteLength / 2));
          throw fsError('ENOSPC');
        },
      };
    },
  };
}

function depsWith(overrides: Partial<SaveFileDeps> & { chosen?: string | null }): {
  deps: SaveFileDeps;
  dialogCalls: SaveDialogRequest[];
} {
  const dialogCalls: SaveDialogRequest[] = [];
  const { chosen, ...rest } = overrides;
  const deps: SaveFileDeps = {
    documentsDir: '/home/delegate/Documents',
    fs,
    randomSuffix: () => 'r4nd0m',
    showSaveDialog: async (options) => {
      dialogCalls.push(options);
      return chosen === null || chosen === undefined
        ? { canceled: true, filePath: '' }
        : { canceled: false, filePath: chosen };
    },
    ...rest,
  };
  return { deps, dialogCalls };
}

const request = {
  suggestedName: 'Report.docx',
  bytes: new Uint8Array([80, 75, 3, 4, 5, 6, 7, 8]),
  filters: [{ name: 'Word', extensions: ['docx'] }],
};

describe('handleSaveFile', () => {
  it('opens the dialog in Documents with the suggested name and filters, then writes the file', async () => {
    const target = path.join(dir, 'Report.docx');
    const { deps, dialogCalls } = depsWith({ chosen: target });
    await expect(handleSaveFile(deps, request)).resolves.toEqual({ status: 'saved', path: target });
    expect(dialogCalls).toEqual([
      {
        defaultPath: path.join('/home/delegate/Documents', 'Report.docx'),
        filters: [{ name: 'Word', extensions: ['docx'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      },
    ]);
    expect(new Uint8Array(await fs.readFile(target))).toEqual(request.bytes);
    expect(await fs.readdir(dir)).toEqual(['Report.docx']);
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(dir, 'Report.docx');
    await fs.writeFile(target, 'an older and much longer version of the report');
    const { deps } = depsWith({ chosen: target });
    await handleSaveFile(deps, request);
    expect(new Uint8Array(await fs.readFile(target))).toEqual(request.bytes);
  });

  it('returns cancelled and writes nothing when the dialog is cancelled', async () => {
    const writes: string[] = [];
    const spyFs: AtomicWriteFs = {
      open: async (p) => {
        writes.push(p);
        throw new Error('must not open');
      },
      rename: async () => undefined,
      unlink: async () => undefined,
    };
    const { deps } = depsWith({ chosen: null, fs: spyFs });
    await expect(handleSaveFile(deps, request)).resolves.toEqual({ status: 'cancelled' });
    expect(writes).toEqual([]);
  });

  it('rejects an invalid request before showing any dialog', async () => {
    const { deps, dialogCalls } = depsWith({ chosen: path.join(dir, 'x') });
    await expect(handleSaveFile(deps, { ...request, suggestedName: '../x' })).resolves.toEqual({
      status: 'error',
      code: 'invalid-request',
    });
    expect(dialogCalls).toEqual([]);
  });

  it('reports a dialog that throws or answers with a relative path', async () => {
    const throwing = depsWith({ showSaveDialog: () => Promise.reject(new Error('no display')) }).deps;
    await expect(handleSaveFile(throwing, request)).resolves.toEqual({
      status: 'error',
      code: 'dialog-failed',
    });
    const relative = depsWith({ chosen: 'Report.docx' }).deps;
    await expect(handleSaveFile(relative, request)).resolves.toEqual({
      status: 'error',
      code: 'dialog-failed',
    });
  });

  it('leaves neither a partial target nor a temp file when the write fails half-way', async () => {
    const target = path.join(dir, 'Report.docx');
    const { deps } = depsWith({ chosen: target, fs: fsFailingHalfway() });
    await expect(handleSaveFile(deps, request)).resolves.toEqual({ status: 'error', code: 'disk-full' });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('keeps the previous file intact when the write fails half-way', async () => {
    const target = path.join(dir, 'Report.docx');
    await fs.writeFile(target, 'previous version');
    const { deps } = depsWith({ chosen: target, fs: fsFailingHalfway() });
    await handleSaveFile(deps, request);
    expect(await fs.readFile(target, 'utf8')).toBe('previous version');
    expect(await fs.readdir(dir)).toEqual(['Report.docx']);
  });

  it('removes the temp file when the final rename fails (e.g. target open in Word)', async () => {
    const target = path.join(dir, 'Report.docx');
    const busyFs: AtomicWriteFs = {
      open: (p, f, m) => fs.open(p, f, m),
      unlink: (p) => fs.unlink(p),
      rename: () => Promise.reject(fsError('EBUSY')),
    };
    const { deps } = depsWith({ chosen: target, fs: busyFs });
    await expect(handleSaveFile(deps, request)).resolves.toEqual({ status: 'error', code: 'not-writable' });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('reports a folder that does not exist as a write failure', async () => {
    const { deps } = depsWith({ chosen: path.join(dir, 'missing', 'Report.docx') });
    await expect(handleSaveFile(deps, request)).resolves.toEqual({ status: 'error', code: 'write-failed' });
  });
});

describe('writeFileAtomic', () => {
  it('writes through a temp file in the same folder and renames it', async () => {
    const target = path.join(dir, 'a.ics');
    const seen: string[] = [];
    const recordingFs: AtomicWriteFs = {
      open: (p, f, m) => {
        seen.push(`open ${path.basename(p)} ${f}`);
        return fs.open(p, f, m);
      },
      rename: (from, to) => {
        seen.push(`rename ${path.basename(from)} -> ${path.basename(to)}`);
        return fs.rename(from, to);
      },
      unlink: (p) => fs.unlink(p),
    };
    await writeFileAtomic(recordingFs, target, new TextEncoder().encode('BEGIN:VCALENDAR'), 'abc');
    expect(seen.slice(0, 2)).toEqual(['open a.ics.abc.tmp wx', 'rename a.ics.abc.tmp -> a.ics']);
    expect(await fs.readFile(target, 'utf8')).toBe('BEGIN:VCALENDAR');
  });

  it('refuses to reuse an existing temp path rather than overwrite it', async () => {
    const target = path.join(dir, 'a.ics');
    await fs.writeFile(tempPathFor(target, 'abc'), 'someone else');
    await expect(writeFileAtomic(fs, target, new Uint8Array([1]), 'abc')).rejects.toMatchObject({
      code: 'EEXIST',
    });
    await expect(fs.readFile(tempPathFor(target, 'abc'), 'utf8')).resolves.toBe('someone else');
  });
});

describe('tempPathFor', () => {
  it('puts the temp file next to the target', () => {
    expect(tempPathFor('/docs/Report.docx', 'ff00')).toBe(path.join('/docs', 'Report.docx.ff00.tmp'));
  });

  it('keeps the temp name within 255 bytes for long Cyrillic names', () => {
    const longName = 'Отчёт'.repeat(25) + '.docx'; // 130 characters, 255 bytes in UTF-8
    const name = path.basename(tempPathFor(path.join('/docs', longName), '0123456789abcdef'));
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(255);
    expect(name.endsWith('.0123456789abcdef.tmp')).toBe(true);
  });
});

describe('saveErrorCodeFor', () => {
  it('maps common fs errors to user-facing codes', () => {
    expect(saveErrorCodeFor(fsError('EACCES'))).toBe('not-writable');
    expect(saveErrorCodeFor(fsError('EPERM'))).toBe('not-writable');
    expect(saveErrorCodeFor(fsError('ENOSPC'))).toBe('disk-full');
    expect(saveErrorCodeFor(fsError('ENOENT'))).toBe('write-failed');
    expect(saveErrorCodeFor('weird')).toBe('write-failed');
  });
});
