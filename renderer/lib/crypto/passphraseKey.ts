import { ARGON2ID_DEFAULTS, isSafeArgon2idParams, type Argon2idParams } from './argon2idParams';

export { ARGON2ID_DEFAULTS, isSafeArgon2idParams, type Argon2idParams } from './argon2idParams';

export const SALT_BYTES = 16;

export function newSalt(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(SALT_BYTES));
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
  // Loaded when a key is first derived: the command-line exporter of a plain backup, and every
  // screen that never asks for a passphrase, need not parse its WebAssembly (84 ms in Node).
  const { argon2id } = await import('hash-wasm');
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
