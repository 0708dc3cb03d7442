import { isSafeArgon2idParams, type Argon2idParams } from '../../lib/crypto/argon2idParams';
import { PLAIN_SETTING_PREFIX } from './sealingMiddleware';

// What the database reads at every start (is there a vault?), apart from vault.ts, whose wrapping
// and key derivation (Argon2id wasm, @noble/ciphers) load only when a vault is made or opened.

/**
 * The key vault: the database's random 256-bit data key, wrapped (AES-256-GCM) twice: by a key
 * derived from the passphrase (Argon2id, parameters kept beside the salt) and by the recovery key;
 * optionally a third time, by a key the operating system's keychain keeps.
 * Stored in the clear in `settings` (the sealing layer leaves `protection.*` alone): without the
 * passphrase or the recovery key it opens nothing. Changing the passphrase re-wraps the data key;
 * no record is sealed again.
 */
export const VAULT_SETTING = `${PLAIN_SETTING_PREFIX}vault`;

export interface KeyVault {
  format: 1;
  /** Tells a vault from a later one (a database deleted and protected again). */
  vaultId: string;
  salt: Uint8Array;
  params: Argon2idParams;
  byPassphrase: Uint8Array;
  byRecoveryKey: Uint8Array;
  /**
   * Only while "unlock with this computer's user account" is on (desktop app): the data key wrapped by a
   * random key that the operating system's keychain keeps (keychainUnlock.ts). Vaults made before it
   * existed, or with it off, have no such field.
   */
  byKeychain?: Uint8Array;
}

/**
 * Bytes, from this realm or another: the component tests run in jsdom, whose Uint8Array is not the one
 * fake-indexeddb's structured clone makes (Node's), and a vault read there is still a vault.
 */
function isBytes(value: unknown): value is Uint8Array {
  return (
    value instanceof Uint8Array ||
    (ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]')
  );
}

export function isKeyVault(value: unknown): value is KeyVault {
  const vault = value as Partial<KeyVault> | null;
  return (
    typeof vault === 'object' &&
    vault !== null &&
    vault.format === 1 &&
    typeof vault.vaultId === 'string' &&
    isBytes(vault.salt) &&
    isBytes(vault.byPassphrase) &&
    isBytes(vault.byRecoveryKey) &&
    (vault.byKeychain === undefined || isBytes(vault.byKeychain)) &&
    typeof vault.params === 'object' &&
    isSafeArgon2idParams(vault.params)
  );
}
