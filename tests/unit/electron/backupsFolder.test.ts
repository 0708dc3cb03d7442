import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  handleDeleteBackup,
  handleListBackups,
  handleReadBackup,
  handleWriteBackup,
  isValidBackupName,
  type BackupsDeps,
  type BackupsFs,
} from '../../../electron/backupsFolder';

let root: string;
let backupsDir: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'delegation-desk-backups-'));
  backupsDir = path.join(root, 'userData', 'backups');
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

function deps(overrides: Partial<BackupsDeps> = {}): BackupsDeps {
  return { backupsDir, fs, randomSuffix: () => 'r4nd0m', ...overrides };
}

/** Every file under root, relative, so a test can prove nothing was written anywhere else. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);

describe('backup names', () => {
  it.each(['2026-11-25T12-30-00Z.ddbackup', 'Budapest (auto).zip', 'Обмен Мінск.ddbackup', 'a.ddbackup'])(
    'accepts %s',
    (name) => expect(isValidBackupName(name)).toBe(true),
  );

  it.each([
    '../outside.ddbackup',
    '..\\outside.ddbackup',
    'sub/dir.ddbackup',
    'C:evil.ddbackup',
    '.hidden.ddbackup',
    'a..ddbackup',
    'report.docx',
    'backup.ddbackup.exe',
    'nul\u0000.ddbackup',
    ' leading-space.ddbackup',
    `${'a'.repeat(200)}.ddbackup`,
    '',
    42,
    null,
  ])('refuses %j', (name) => expect(isValidBackupName(name)).toBe(false));
});

describe('handleWriteBackup', () => {
  it('creates the folder, writes the file and describes it', async () => {
    const result = await handleWriteBackup(deps(), { name: 'one.ddbackup', bytes });
    expect(result).toMatchObject({ status: 'saved', backup: { name: 'one.ddbackup', size: bytes.length } });
    expect(new Uint8Array(await fs.readFile(path.join(backupsDir, 'one.ddbackup')))).toEqual(bytes);
  });

  it.each([
    ['a traversal name', { name: '../../escaped.ddbackup', bytes }],
    ['an absolute path', { name: path.join(os.tmpdir(), 'abs.ddbackup'), bytes }],
    ['a folder field', { name: 'x.ddbackup', bytes, folder: os.tmpdir() }],
    ['bytes as an array', { name: 'x.ddbackup', bytes: [1, 2] }],
    ['no object', 'x.ddbackup'],
  ])('refuses %s and writes nothing anywhere', async (_label, input) => {
    await expect(handleWriteBackup(deps(), input)).resolves.toEqual({
      status: 'error',
      code: 'invalid-request',
    });
    expect(await filesUnder(root)).toEqual([]);
  });

  it('leaves no partial file and keeps the previous backup when the write fails half-way', async () => {
    await handleWriteBackup(deps(), { name: 'same.ddbackup', bytes: new Uint8Array([9, 9]) });
    const failing: BackupsFs = {
      ...fs,
      open: async (p, flags, mode) => {
        const handle = await fs.open(p, flags, mode);
        return {
          sync: () => handle.sync(),
          close: () => handle.close(),
          writeFile: async (data) => {
            await handle.write(data, 0, Math.floor(data.byteLength / 2));
            throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
          },
        };
      },
      mkdir: (p, o) => fs.mkdir(p, o),
      readdir: (p) => fs.readdir(p),
      stat: (p) => fs.stat(p),
      readFile: (p) => fs.readFile(p),
      rename: (a, b) => fs.rename(a, b),
      unlink: (p) => fs.unlink(p),
    };
    await expect(handleWriteBackup(deps({ fs: failing }), { name: 'same.ddbackup', bytes })).resolves.toEqual(
      {
        status: 'error',
        code: 'disk-full',
      },
    );
    expect(await fs.readdir(backupsDir)).toEqual(['same.ddbackup']);
    expect(new Uint8Array(await fs.readFile(path.join(backupsDir, 'same.ddbackup')))).toEqual(
      new Uint8Array([9, 9]),
    );
  });
});

describe('handleListBackups', () => {
  it('is empty before the first backup', async () => {
    await expect(handleListBackups(deps())).resolves.toEqual({ status: 'listed', backups: [] });
  });

  it('lists backups newest first and ignores temp files, folders and foreign files', async () => {
    await handleWriteBackup(deps(), { name: 'old.ddbackup', bytes });
    await handleWriteBackup(deps(), { name: 'new.zip', bytes });
    await fs.utimes(path.join(backupsDir, 'old.ddbackup'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    await fs.writeFile(path.join(backupsDir, 'x.ddbackup.abc.tmp'), 'partial');
    await fs.writeFile(path.join(backupsDir, 'notes.txt'), 'hello');
    await fs.mkdir(path.join(backupsDir, 'folder.ddbackup'));
    const result = await handleListBackups(deps());
    expect(result.status === 'listed' && result.backups.map((b) => b.name)).toEqual([
      'new.zip',
      'old.ddbackup',
    ]);
  });
});

describe('handleReadBackup and handleDeleteBackup', () => {
  it('read back what was written, then delete it', async () => {
    const name = '2026-11-25T12-30-00Z.ddbackup';
    await handleWriteBackup(deps(), { name, bytes });
    await expect(handleReadBackup(deps(), name)).resolves.toEqual({
      status: 'opened',
      file: { name, bytes },
    });
    await expect(handleDeleteBackup(deps(), name)).resolves.toEqual({ status: 'deleted' });
    await expect(handleReadBackup(deps(), name)).resolves.toEqual({
      status: 'error',
      code: 'not-found',
    });
    await expect(handleDeleteBackup(deps(), name)).resolves.toEqual({
      status: 'error',
      code: 'not-found',
    });
  });

  it("never deletes a file not named as the app names its automatic backups (a user's own copy)", async () => {
    for (const name of ['r.ddbackup', 'Budapest (auto).zip', '2026-11-25T12-30-00Z.zip', 'копия.ddbackup']) {
      await handleWriteBackup(deps(), { name, bytes });
      await expect(handleDeleteBackup(deps(), name)).resolves.toEqual({
        status: 'error',
        code: 'invalid-request',
      });
      await expect(handleReadBackup(deps(), name)).resolves.toMatchObject({ status: 'opened' });
    }
  });

  it('never reads or deletes outside the backups folder', async () => {
    const outside = path.join(root, 'userData', 'secret.ddbackup');
    await fs.mkdir(path.dirname(outside), { recursive: true });
    await fs.writeFile(outside, 'secret');
    for (const name of ['../secret.ddbackup', outside, '..%2fsecret.ddbackup', { name: 'x' }]) {
      await expect(handleReadBackup(deps(), name)).resolves.toEqual({
        status: 'error',
        code: 'invalid-request',
      });
      await expect(handleDeleteBackup(deps(), name)).resolves.toEqual({
        status: 'error',
        code: 'invalid-request',
      });
    }
    expect(await fs.readFile(outside, 'utf8')).toBe('secret');
  });
});
