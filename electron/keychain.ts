// "Unlock with this computer's user account": one random 32-byte key that unwraps the database's data key,
// kept in a file of the data folder encrypted by the operating system's keychain (Electron safeStorage:
// DPAPI on Windows, the Keychain on macOS, libsecret or KWallet on Linux). The page makes the key and
// keeps the wrapped data key in its own vault; this side only encrypts, stores, reads back and deletes.
// Nothing here logs the key, in plain or encrypted form.
import { writeFileAtomic, type AtomicWriteFs } from './atomicWrite';
import type {
  KeychainErrorCode,
  KeychainForgetResult,
  KeychainRetrieveResult,
  KeychainStatus,
  KeychainStoreResult,
} from './contract';
import { saveErrorCodeFor } from './saveErrorCode';
import type { Log } from './logging';

/** The file in the data folder holding the key, as safeStorage encrypted it. */
export const KEYCHAIN_FILE = 'keychain-unlock.bin';

export const KEYCHAIN_KEY_BYTES = 32;
/** safeStorage's output for a 44-character string is well under 1 KiB on every platform. */
export const MAX_KEYCHAIN_FILE_BYTES = 4096;

/** The part of Electron's safeStorage used; tests inject fakes. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only: which secret store Chromium chose. */
  getSelectedStorageBackend(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** node:fs/promises satisfies it. */
export interface KeychainFs extends AtomicWriteFs {
  readFile(filePath: string): Promise<Uint8Array>;
}

export interface KeychainDeps {
  safeStorage: SafeStorageLike;
  /** process.platform */
  platform: string;
  /** <userData>/KEYCHAIN_FILE */
  filePath: string;
  fs: KeychainFs;
  randomSuffix?: () => string;
  log?: Log;
}

const BASE64_32_BYTES = /^[A-Za-z0-9+/]{43}=$/;

/** A canonical base64 string of exactly 32 bytes (what the page sends, and what the file must hold). */
export function isKeychainKey(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    BASE64_32_BYTES.test(value) &&
    Buffer.from(value, 'base64').toString('base64') === value
  );
}

/**
 * Whether the keychain protects anything here. On Linux without a secret store Chromium falls back to
 * 'basic_text', a key written in its own source code: a file "encrypted" so is readable by anyone, and the
 * option is not offered. 'unknown' (asked before the app was ready) is refused too.
 */
export function keychainAvailable(deps: Pick<KeychainDeps, 'safeStorage' | 'platform'>): boolean {
  try {
    if (!deps.safeStorage.isEncryptionAvailable()) return false;
    if (deps.platform !== 'linux') return true;
    const backend = deps.safeStorage.getSelectedStorageBackend();
    return backend !== 'basic_text' && backend !== 'unknown';
  } catch {
    return false;
  }
}

function errnoCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

async function readKeyFile(deps: KeychainDeps): Promise<Uint8Array | KeychainErrorCode> {
  try {
    return await deps.fs.readFile(deps.filePath);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return 'missing';
    deps.log?.(`keychain: the key file could not be read (${String(errnoCode(error))})`);
    return 'unreadable';
  }
}

export async function handleKeychainStatus(deps: KeychainDeps): Promise<KeychainStatus> {
  const available = keychainAvailable(deps);
  const file = await readKeyFile(deps);
  return { available, stored: file instanceof Uint8Array };
}

export async function handleKeychainStore(deps: KeychainDeps, input: unknown): Promise<KeychainStoreResult> {
  // The input itself is never logged: it is the key.
  if (!isKeychainKey(input)) {
    deps.log?.('keychain: store refused, not a base64 key of 32 bytes');
    return { status: 'error', code: 'invalid-request' };
  }
  if (!keychainAvailable(deps)) return { status: 'error', code: 'unavailable' };
  let encrypted: Buffer;
  try {
    encrypted = deps.safeStorage.encryptString(input);
  } catch {
    deps.log?.('keychain: safeStorage could not encrypt');
    return { status: 'error', code: 'unavailable' };
  }
  try {
    // Atomic: a crash mid-write leaves the previous key or none, never half a file.
    await writeFileAtomic(deps.fs, deps.filePath, new Uint8Array(encrypted), deps.randomSuffix?.());
    return { status: 'stored' };
  } catch (error) {
    deps.log?.(`keychain: the key file could not be written (${saveErrorCodeFor(error)})`);
    return { status: 'error', code: 'write-failed' };
  }
}

export async function handleKeychainRetrieve(deps: KeychainDeps): Promise<KeychainRetrieveResult> {
  if (!keychainAvailable(deps)) return { status: 'error', code: 'unavailable' };
  const file = await readKeyFile(deps);
  if (!(file instanceof Uint8Array)) return { status: 'error', code: file };
  if (file.byteLength === 0 || file.byteLength > MAX_KEYCHAIN_FILE_BYTES) {
    deps.log?.('keychain: the key file has an impossible size');
    return { status: 'error', code: 'unreadable' };
  }
  let key: string;
  try {
    key = deps.safeStorage.decryptString(Buffer.from(file));
  } catch {
    // Another user account, a keychain reset, or a damaged file: safeStorage cannot tell which.
    deps.log?.('keychain: safeStorage could not decrypt the key file');
    return { status: 'error', code: 'unreadable' };
  }
  if (!isKeychainKey(key)) {
    deps.log?.('keychain: the key file does not hold a key');
    return { status: 'error', code: 'unreadable' };
  }
  return { status: 'retrieved', key };
}

export async function handleKeychainForget(deps: KeychainDeps): Promise<KeychainForgetResult> {
  try {
    await deps.fs.unlink(deps.filePath);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') {
      deps.log?.(`keychain: the key file could not be deleted (${String(errnoCode(error))})`);
      return { status: 'error', code: 'write-failed' };
    }
  }
  return { status: 'forgotten' };
}
