import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  handleKeychainForget,
  handleKeychainRetrieve,
  handleKeychainStatus,
  handleKeychainStore,
  isKeychainKey,
  KEYCHAIN_FILE,
  type KeychainDeps,
  type SafeStorageLike,
} from '../../../electron/keychain';

let root: string;
let filePath: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'delegation-desk-keychain-'));
  filePath = path.join(root, KEYCHAIN_FILE);
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/**
 * A keychain of one operating-system user: what it encrypts only the same user decrypts (as DPAPI,
 * the macOS Keychain or libsecret do), and it throws on anything else.
 */
function fakeSafeStorage(
  user: string,
  options: { available?: boolean; backend?: string } = {},
): SafeStorageLike {
  const tag = `sealed-for:${user}:`;
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (plain) => Buffer.from(tag + [...plain].reverse().join(''), 'utf8'),
    decryptString: (encrypted) => {
      const text = encrypted.toString('utf8');
      if (!text.startsWith(tag)) throw new Error('Error while decrypting the ciphertext provided');
      return [...text.slice(tag.length)].reverse().join('');
    },
  };
}

const logged: string[] = [];

function deps(safeStorage: SafeStorageLike, platform = 'linux'): KeychainDeps {
  return {
    safeStorage,
    platform,
    filePath,
    fs,
    randomSuffix: () => 'r4nd0m',
    log: (message, detail) => logged.push(`${message} ${String(detail ?? '')}`),
  };
}

const KEY = Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7)).toString('base64');

describe('the keychain key over IPC', () => {
  beforeEach(() => {
    logged.length = 0;
  });

  it('accepts only canonical base64 of exactly 32 bytes', () => {
    expect(isKeychainKey(KEY)).toBe(true);
    for (const bad of [
      KEY.slice(0, -1),
      Buffer.alloc(31).toString('base64'),
      Buffer.alloc(33).toString('base64'),
      `${KEY.slice(0, -2)}B=`, // not canonical: the last character carries stray bits
      KEY.replace(/.$/, '\n'),
      ` ${KEY}`,
      new Uint8Array(32),
      null,
      undefined,
      42,
    ])
      expect(isKeychainKey(bad), String(bad)).toBe(false);
  });

  it('stores the key encrypted, gives it back to the same user, and forgets it', async () => {
    const alice = deps(fakeSafeStorage('alice'));
    await expect(handleKeychainStatus(alice)).resolves.toEqual({ available: true, stored: false });
    await expect(handleKeychainStore(alice, KEY)).resolves.toEqual({ status: 'stored' });
    const onDisk = await fs.readFile(filePath, 'utf8');
    expect(onDisk).not.toContain(KEY);
    expect(await fs.readdir(root)).toEqual([KEYCHAIN_FILE]);
    await expect(handleKeychainStatus(alice)).resolves.toEqual({ available: true, stored: true });
    await expect(handleKeychainRetrieve(alice)).resolves.toEqual({ status: 'retrieved', key: KEY });

    await expect(handleKeychainForget(alice)).resolves.toEqual({ status: 'forgotten' });
    expect(await fs.readdir(root)).toEqual([]);
    await expect(handleKeychainRetrieve(alice)).resolves.toEqual({ status: 'error', code: 'missing' });
    // Forgetting twice is not an error.
    await expect(handleKeychainForget(alice)).resolves.toEqual({ status: 'forgotten' });
    expect(logged.join('\n')).not.toContain(KEY);
  });

  it('refuses another user account, a damaged file and one that holds no key, without changing them', async () => {
    await handleKeychainStore(deps(fakeSafeStorage('alice')), KEY);
    const bob = deps(fakeSafeStorage('bob'));
    await expect(handleKeychainRetrieve(bob)).resolves.toEqual({ status: 'error', code: 'unreadable' });

    await fs.writeFile(filePath, Buffer.from('sealed-for:alice:garbage'));
    await expect(handleKeychainRetrieve(deps(fakeSafeStorage('alice')))).resolves.toEqual({
      status: 'error',
      code: 'unreadable',
    });
    await fs.writeFile(filePath, Buffer.alloc(0));
    await expect(handleKeychainRetrieve(deps(fakeSafeStorage('alice')))).resolves.toEqual({
      status: 'error',
      code: 'unreadable',
    });
    await fs.writeFile(filePath, Buffer.alloc(10_000, 1));
    await expect(handleKeychainRetrieve(deps(fakeSafeStorage('alice')))).resolves.toEqual({
      status: 'error',
      code: 'unreadable',
    });
    expect((await fs.readFile(filePath)).byteLength).toBe(10_000);
    expect(logged.join('\n')).not.toContain(KEY);
  });

  it.each([
    ['encryption is unavailable', fakeSafeStorage('alice', { available: false }), 'linux'],
    ["Linux's secret store is only basic_text", fakeSafeStorage('alice', { backend: 'basic_text' }), 'linux'],
    ['asked before the app was ready', fakeSafeStorage('alice', { backend: 'unknown' }), 'linux'],
  ])('is not available when %s, and stores nothing', async (_case, safeStorage, platform) => {
    const unavailable = deps(safeStorage, platform);
    await expect(handleKeychainStatus(unavailable)).resolves.toEqual({ available: false, stored: false });
    await expect(handleKeychainStore(unavailable, KEY)).resolves.toEqual({
      status: 'error',
      code: 'unavailable',
    });
    await expect(handleKeychainRetrieve(unavailable)).resolves.toEqual({
      status: 'error',
      code: 'unavailable',
    });
    expect(await fs.readdir(root)).toEqual([]);
  });

  it('asks for no Linux backend on Windows and macOS', async () => {
    const safeStorage = {
      ...fakeSafeStorage('alice'),
      getSelectedStorageBackend: () => {
        throw new Error('linux only');
      },
    };
    for (const platform of ['win32', 'darwin'])
      await expect(handleKeychainStatus(deps(safeStorage, platform))).resolves.toEqual({
        available: true,
        stored: false,
      });
  });

  it('refuses an invalid key before encrypting or writing anything, and never logs it', async () => {
    const encrypted: string[] = [];
    const safeStorage = fakeSafeStorage('alice');
    const watching = {
      ...safeStorage,
      encryptString: (plain: string) => {
        encrypted.push(plain);
        return safeStorage.encryptString(plain);
      },
    };
    const secretLooking = `${KEY.slice(0, 40)}`;
    await expect(handleKeychainStore(deps(watching), secretLooking)).resolves.toEqual({
      status: 'error',
      code: 'invalid-request',
    });
    expect(encrypted).toEqual([]);
    expect(await fs.readdir(root)).toEqual([]);
    expect(logged.join('\n')).not.toContain(secretLooking);
  });

  it('keeps the previous key when writing the new one fails', async () => {
    const alice = deps(fakeSafeStorage('alice'));
    await handleKeychainStore(alice, KEY);
    const failing: KeychainDeps = {
      ...alice,
      fs: { ...fs, rename: () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })) },
    };
    const other = Buffer.alloc(32, 9).toString('base64');
    await expect(handleKeychainStore(failing, other)).resolves.toEqual({
      status: 'error',
      code: 'write-failed',
    });
    await expect(handleKeychainRetrieve(alice)).resolves.toEqual({ status: 'retrieved', key: KEY });
    expect(await fs.readdir(root)).toEqual([KEYCHAIN_FILE]);
  });
});
