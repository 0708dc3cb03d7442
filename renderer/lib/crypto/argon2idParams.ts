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
 * 64 MiB, 3 passes, 1 lane: OWASP's second recommended Argon2id setting (m=64 MiB would be the
 * first's memory with t=3 for a desktop), chosen so that one unlock stays under a second on the
 * benchmark machine (`npm run bench -- encryption` prints the figure).
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
