import { describe, expect, it } from 'vitest';
import {
  derivePassphraseKeyBytes,
  isSafeArgon2idParams,
  newSalt,
} from '../../../renderer/lib/crypto/passphraseKey';

// Small parameters keep the unit test quick; the defaults are measured by `npm run bench`.
const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };

describe('passphrase key derivation (Argon2id)', () => {
  it('gives the same 32 bytes for the same passphrase and salt, composed or decomposed', async () => {
    const salt = newSalt();
    const composed = await derivePassphraseKeyBytes('Szőke Ödön', salt, QUICK);
    const decomposed = await derivePassphraseKeyBytes('Szo\u030bke O\u0308do\u0308n', salt, QUICK);
    expect(composed).toHaveLength(32);
    expect(decomposed).toEqual(composed);
  });

  it('gives different keys for another salt or another passphrase', async () => {
    const salt = newSalt();
    const key = await derivePassphraseKeyBytes('пароль делегации', salt, QUICK);
    expect(await derivePassphraseKeyBytes('пароль делегации', newSalt(), QUICK)).not.toEqual(key);
    expect(await derivePassphraseKeyBytes('пароль делегацыі', salt, QUICK)).not.toEqual(key);
  });

  it('refuses parameters a crafted file could use to exhaust memory or time', async () => {
    expect(isSafeArgon2idParams({ memorySize: 4_194_304, iterations: 3, parallelism: 1 })).toBe(false);
    expect(isSafeArgon2idParams({ memorySize: 65_536, iterations: 1_000, parallelism: 1 })).toBe(false);
    await expect(
      derivePassphraseKeyBytes('x', newSalt(), { memorySize: 65_536.5, iterations: 3, parallelism: 1 }),
    ).rejects.toThrow();
  });
});
