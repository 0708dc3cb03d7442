import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isOpenableFile,
  MAX_PENDING_FILES,
  openableFilesFromArgv,
  OpenedFilesQueue,
} from '../../../electron/openedFiles';

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'delegation-desk-opened-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('openableFilesFromArgv', () => {
  it('finds the app files in a packaged launch (Windows double-click)', () => {
    expect(
      openableFilesFromArgv(
        ['C:\\Program Files\\Delegation Desk\\Delegation Desk.exe', '/home/d/Tour.ddbackup'],
        '/home/d',
      ),
    ).toEqual(['/home/d/Tour.ddbackup']);
  });

  it('ignores Electron, the app folder, flags and other files in development', () => {
    expect(
      openableFilesFromArgv(
        [
          '/usr/lib/electron/electron',
          '.',
          '--inspect=9229',
          '--allow-file-access-from-files',
          '-psn_0_1234',
          'notes.txt',
          'script.js',
          'Exchange.DDBACKUP',
        ],
        '/work',
      ),
    ).toEqual(['/work/Exchange.DDBACKUP']);
  });

  it('resolves relative paths against the launch folder of the second instance', () => {
    expect(openableFilesFromArgv(['app', '../b/x.ddbackup'], '/home/d/a')).toEqual(['/home/d/b/x.ddbackup']);
  });

  it('does not treat a flag value as a file', () => {
    expect(openableFilesFromArgv(['app', '--file=x.ddbackup'], '/')).toEqual([]);
  });

  it('knows the app extensions only', () => {
    expect(isOpenableFile('/a/b.ddbackup')).toBe(true);
    expect(isOpenableFile('/a/b.zip')).toBe(false);
    expect(isOpenableFile('/a/ddbackup')).toBe(false);
  });
});

describe('OpenedFilesQueue', () => {
  it('hands each file out once, with its name and content', async () => {
    const file = path.join(dir, 'Tour.ddbackup');
    await fs.writeFile(file, new Uint8Array([7, 8]));
    const queue = new OpenedFilesQueue(fs);
    expect(queue.add([file, file])).toBe(1);
    await expect(queue.take()).resolves.toEqual([{ name: 'Tour.ddbackup', bytes: new Uint8Array([7, 8]) }]);
    await expect(queue.take()).resolves.toEqual([]);
  });

  it('refuses relative paths and foreign file types', () => {
    const queue = new OpenedFilesQueue(fs);
    expect(queue.add(['Tour.ddbackup', '/etc/passwd', '/a/b.exe'])).toBe(0);
    expect(queue.size).toBe(0);
  });

  it('drops unreadable files with a log line instead of failing the others', async () => {
    const good = path.join(dir, 'good.ddbackup');
    await fs.writeFile(good, 'x');
    const logged: string[] = [];
    const queue = new OpenedFilesQueue(fs, (message) => logged.push(message));
    queue.add([path.join(dir, 'missing.ddbackup'), good]);
    const files = await queue.take();
    expect(files.map((f) => f.name)).toEqual(['good.ddbackup']);
    expect(logged).toHaveLength(1);
  });

  it('caps the number of waiting files', () => {
    const queue = new OpenedFilesQueue(fs, () => undefined);
    const many = Array.from({ length: MAX_PENDING_FILES + 5 }, (_, i) => `/f/${i}.ddbackup`);
    expect(queue.add(many)).toBe(MAX_PENDING_FILES);
  });

  it('refuses a file over the size limit', async () => {
    const file = path.join(dir, 'big.ddbackup');
    await fs.writeFile(file, new Uint8Array(20));
    const queue = new OpenedFilesQueue(fs, () => undefined, 10);
    queue.add([file]);
    await expect(queue.take()).resolves.toEqual([]);
  });
});
