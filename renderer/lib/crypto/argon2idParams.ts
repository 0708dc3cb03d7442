// Apart from passphraseKey.ts (and its Argon2id wasm): checking a stored vault's parameters at
// start-up must not load the key derivation itself.

/**
 * Argon2id parameters for turning a passphrase into a 256-bit key. Stored beside every salt (in the
 * database's key vault and in each encrypted file) so that later versions may raise them without
 * making older vaults and files unreadable. memorySize is in KiB.
 */
export interface Argon2idParams {
  readonly memorySize: number;
  readonly iterations: number;
  readonly parallelism: number;
}

/**
 * 64 MiB, 3 passes, 1 lane: RFC 9106's second recommended setting (64 MiB, t=3) with one lane,
 * since hash-wasm computes on one thread. It is well above OWASP's minimums for Argon2id (19 MiB
 * with t=2, or 46 MiB with t=1: about a quarter of this memory × passes). One unlock takes about a
 * second on the shared benchmark machine, more under load (`npm run bench -- encryption` prints it).
 */
export const ARGON2ID_DEFAULTS: Argon2idParams = { memorySize: 65_536, iterations: 3, parallelism: 1 };

/** Bounds for parameters read from a file or a vault: a crafted file must not make us allocate gigabytes. */
export function isSafeArgon2idParams(params: Argon2idParams): boolean {
  return (
    Number.isInteger(params.memorySize) &&
    params.memorySize >= 8_192 &&
    params.memorySize <= 1_048_576 &&
    Number.isInteger(params.iterations) &&
    params.iterations >= 1 &&
    params.iterations <= 20 &&
    Number.isInteger(params.parallelism) &&
    params.parallelism >= 1 &&
    params.parallelism <= 8
  );
}
