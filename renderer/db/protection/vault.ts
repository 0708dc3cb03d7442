import { KEY_BYTES, OpenError, openSync, randomBytes, sealSync } from '../../lib/crypto/aesGcm';
import { ARGON2ID_DEFAULTS, derivePassphraseKeyBytes, newSalt } from '../../lib/crypto/passphraseKey';

export { loadArgon2id } from '../../lib/crypto/passphraseKey';
import { newRecoveryKey, parseRecoveryKey, recoveryWrappingKey } from '../../lib/crypto/recoveryKey';
import { WrongSecretError } from './errors';
import type { KeyVault } from './vaultRecord';

export { WrongSecretError } from './errors';
export { isKeyVault, VAULT_SETTING, type KeyVault } from './vaultRecord';

const WRAP_AAD = new TextEncoder().encode('delegation-desk data key');

export interface NewVault {
  vault: KeyVault;
  dataKey: Uint8Array;
  /** Shown once, for the head of delegation to keep. */
  recoveryKey: string;
}

/** A new data key and its vault for `passphrase` (Argon2id takes about a second). */
export async function makeVault(passphrase: string, params = ARGON2ID_DEFAULTS): Promise<NewVault> {
  const dataKey = randomBytes(KEY_BYTES);
  const recoveryKey = newRecoveryKey();
  const salt = newSalt();
  const byPassphrase = sealSync(await derivePassphraseKeyBytes(passphrase, salt, params), dataKey, WRAP_AAD);
  const byRecoveryKey = sealSync(
    await recoveryWrappingKey(parseRecoveryKey(recoveryKey)!),
    dataKey,
    WRAP_AAD,
  );
  const vault: KeyVault = {
    format: 1,
    vaultId: crypto.randomUUID(),
    salt,
    params,
    byPassphrase,
    byRecoveryKey,
  };
  return { vault, dataKey, recoveryKey };
}

function unwrap(wrappingKey: Uint8Array, wrapped: Uint8Array): Uint8Array {
  try {
    return new Uint8Array(openSync(wrappingKey, wrapped, WRAP_AAD));
  } catch (error) {
    if (error instanceof OpenError) throw new WrongSecretError();
    throw error;
  }
}

export async function openWithPassphrase(vault: KeyVault, passphrase: string): Promise<Uint8Array> {
  return unwrap(await derivePassphraseKeyBytes(passphrase, vault.salt, vault.params), vault.byPassphrase);
}

export async function openWithRecoveryKey(vault: KeyVault, recoveryKey: string): Promise<Uint8Array> {
  const bytes = parseRecoveryKey(recoveryKey);
  if (!bytes) throw new WrongSecretError();
  return unwrap(await recoveryWrappingKey(bytes), vault.byRecoveryKey);
}

/** The same vault, the data key wrapped for a new passphrase (new salt, current parameters). */
export async function rewrapForPassphrase(
  vault: KeyVault,
  dataKey: Uint8Array,
  passphrase: string,
  params = ARGON2ID_DEFAULTS,
): Promise<KeyVault> {
  const salt = newSalt();
  const byPassphrase = sealSync(await derivePassphraseKeyBytes(passphrase, salt, params), dataKey, WRAP_AAD);
  return { ...vault, salt, params, byPassphrase };
}

/**
 * A third wrap of the data key, under a new random key for the operating system's keychain to keep
 * (returned, to be handed to it; the vault keeps only `byKeychain`).
 */
export function newKeychainWrap(dataKey: Uint8Array): { byKeychain: Uint8Array; keychainKey: Uint8Array } {
  const keychainKey = randomBytes(KEY_BYTES);
  return { byKeychain: sealSync(keychainKey, dataKey, WRAP_AAD), keychainKey };
}

/** The vault without the keychain's wrap (the other two are left as they are). */
export function withoutKeychainSlot(vault: KeyVault): KeyVault {
  const { byKeychain: _removed, ...rest } = vault;
  return rest;
}

/** The data key from the keychain's key; WrongSecretError when it does not fit (or there is no slot). */
export function openWithKeychainKey(vault: KeyVault, keychainKey: Uint8Array): Uint8Array {
  if (!vault.byKeychain || keychainKey.length !== KEY_BYTES) throw new WrongSecretError();
  return unwrap(keychainKey, vault.byKeychain);
}
