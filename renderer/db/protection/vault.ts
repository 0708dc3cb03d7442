import { KEY_BYTES, OpenError, openSync, randomBytes, sealSync } from '../../lib/crypto/aesGcm';
import {
  ARGON2ID_DEFAULTS,
  derivePassphraseKeyBytes,
  isSafeArgon2idParams,
  newSalt,
  type Argon2idParams,
} from '../../lib/crypto/passphraseKey';
import { newRecoveryKey, parseRecoveryKey, recoveryWrappingKey } from '../../lib/crypto/recoveryKey';
import { PLAIN_SETTING_PREFIX } from './sealingMiddleware';

/**
 * The key vault: the database's random 256-bit data key, wrapped (AES-256-GCM) twice: by a key
 * derived from the passphrase (Argon2id, parameters kept beside the salt) and by the recovery key.
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
}

/** The passphrase or the recovery key does not open the vault. */
export class WrongSecretError extends Error {
  constructor() {
    super('Wrong passphrase or recovery key');
    this.name = 'WrongSecretError';
  }
}

const WRAP_AAD = new TextEncoder().encode('delegation-desk data key');

export function isKeyVault(value: unknown): value is KeyVault {
  const vault = value as Partial<KeyVault> | null;
  return (
    typeof vault === 'object' &&
    vault !== null &&
    vault.format === 1 &&
    typeof vault.vaultId === 'string' &&
    vault.salt instanceof Uint8Array &&
    vault.byPassphrase instanceof Uint8Array &&
    vault.byRecoveryKey instanceof Uint8Array &&
    typeof vault.params === 'object' &&
    isSafeArgon2idParams(vault.params)
  );
}

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
