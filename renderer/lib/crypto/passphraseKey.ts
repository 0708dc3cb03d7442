import { ARGON2ID_DEFAULTS, isSafeArgon2idParams, type Argon2idParams } from './argon2idParams';

export { ARGON2ID_DEFAULTS, isSafeArgon2idParams, type Argon2idParams } from './argon2idParams';

export const SALT_BYTES = 16;

export function newSalt(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

/**
 * Argon2id's code, loaded when a key is first derived (or ahead of it, while a passphrase is being
 * typed): the command-line exporter of a plain backup, and every screen that never asks for a
 * passphrase, need not parse its WebAssembly (84 ms in Node).
 */
export function loadArgon2id(): Promise<typeof import('hash-wasm')> {
  return import('hash-wasm');
}

/**
 * The 32 key bytes derived from `passphrase` (NFC-normalised, so the same words typed on two
 * keyboards give the same key). Throws on parameters outside the safe bounds.
 */
export async function derivePassphraseKeyBytes(
  passphrase: string,
  salt: Uint8Array,
  params: Argon2idParams = ARGON2ID_DEFAULTS,
): Promise<Uint8Array> {
  if (!isSafeArgon2idParams(params)) throw new Error('Unsafe Argon2id parameters');
  const { argon2id } = await loadArgon2id();
  return argon2id({
    password: passphrase.normalize('NFC'),
    salt,
    parallelism: params.parallelism,
    iterations: params.iterations,
    memorySize: params.memorySize,
    hashLength: 32,
    outputType: 'binary',
  });
}
