// The renderer's side of the desktop app's keychain (electron/keychain.ts): one 32-byte key kept encrypted
// by the operating system's user account. Null in a browser, which has no keychain.
import type { DesktopApi, KeychainErrorCode } from '../../electron/contract';

/** Why the keychain did not keep, give back or forget the key: the main process's codes. */
export type KeychainProblem = Exclude<KeychainErrorCode, 'invalid-request'> | 'failed';

export class KeychainError extends Error {
  constructor(readonly problem: KeychainProblem) {
    super(`Keychain: ${problem}`);
    this.name = 'KeychainError';
  }
}

export interface KeychainBridge {
  /** Whether the keychain protects anything on this computer (see electron/keychain.ts). */
  available(): Promise<boolean>;
  /** The operating system's name for the buttons ("Windows"), null when not one of the three. */
  systemName(): Promise<string | null>;
  store(key: Uint8Array): Promise<void>;
  retrieve(): Promise<Uint8Array>;
  forget(): Promise<void>;
}

const SYSTEM_NAMES: Readonly<Record<string, string>> = { win32: 'Windows', darwin: 'macOS', linux: 'Linux' };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** A refused request (e.g. an invalid key) is a bug, not something the user can act on: `failed`. */
function problemOf(code: KeychainErrorCode): KeychainProblem {
  return code === 'invalid-request' ? 'failed' : code;
}

export function keychainOf(desktop: DesktopApi): KeychainBridge {
  return {
    available: async () => (await desktop.keychainStatus()).available,
    systemName: async () => SYSTEM_NAMES[(await desktop.appInfo()).platform] ?? null,
    async store(key) {
      const result = await desktop.keychainStore(toBase64(key));
      if (result.status === 'error') throw new KeychainError(problemOf(result.code));
    },
    async retrieve() {
      const result = await desktop.keychainRetrieve();
      if (result.status === 'error') throw new KeychainError(problemOf(result.code));
      return fromBase64(result.key);
    },
    async forget() {
      const result = await desktop.keychainForget();
      if (result.status === 'error') throw new KeychainError(problemOf(result.code));
    },
  };
}

/** The desktop app's keychain, or null in a browser. */
export function desktopKeychain(): KeychainBridge | null {
  const desktop = typeof window === 'undefined' ? undefined : window.desktop;
  return desktop ? keychainOf(desktop) : null;
}
