import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeVault } from '../../../renderer/db/protection/vault';
import {
  deriveFileKey,
  openFileWithKey,
  openFileWithPassphrase,
  openFileWithRecoveryKey,
  readEnvelopeHeader,
  sealFile,
  type RecoverySource,
} from '../../../renderer/lib/crypto/fileEnvelope';
import { RECOVERY_SLOT_BYTES } from '../../../renderer/lib/crypto/fileRecoverySlot';
import { newSalt } from '../../../renderer/lib/crypto/passphraseKey';
import {
  newRecoveryKey,
  parseRecoveryKey,
  recoveryWrappingKey,
} from '../../../renderer/lib/crypto/recoveryKey';
import { refusal } from './refusal';

// Small parameters keep the unit test quick; the defaults are measured by `npm run bench`.
const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };
const PASSPHRASE = 'Делегация-2026 Будапешт';

const contains = (haystack: Uint8Array, needle: Uint8Array) =>
  Buffer.from(haystack).includes(Buffer.from(needle));

/** A protected laptop's vault (made by the app's own code) and what a backup borrows from it. */
async function protectedLaptop() {
  const { vault, dataKey, recoveryKey } = await makeVault('пароль ноутбука', QUICK);
  const source = (): RecoverySource => ({ byRecoveryKey: vault.byRecoveryKey, dataKey: dataKey.slice() });
  return { dataKey, recoveryKey, source };
}

describe('encrypted file envelope, version 2 (a recovery slot)', () => {
  const plain = zipSync({ 'manifest.json': new TextEncoder().encode('{"format":"delegation-desk"}') });

  it('opens with the passphrase, the key remembered for its salt, and the laptop’s recovery key', async () => {
    const laptop = await protectedLaptop();
    const key = await deriveFileKey(PASSPHRASE, newSalt(), QUICK);
    const sealed = await sealFile(plain, key, 'backup', laptop.source());
    const header = readEnvelopeHeader(sealed);
    expect([header.version, header.content, header.recoverySlot?.length]).toEqual([2, 'backup', 120]);
    expect(await openFileWithKey(sealed, header, key)).toEqual(plain);
    expect((await openFileWithPassphrase(sealed, PASSPHRASE)).plain).toEqual(plain);
    expect(await openFileWithRecoveryKey(sealed, laptop.recoveryKey)).toEqual(plain);
    // As typed from paper: lower case, spaces for dashes, O for 0.
    const typed = laptop.recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(await openFileWithRecoveryKey(sealed, typed)).toEqual(plain);
  });

  it('writes neither the recovery key, nor its wrapping key, nor the data key in the file', async () => {
    const laptop = await protectedLaptop();
    const sealed = await sealFile(
      plain,
      await deriveFileKey(PASSPHRASE, newSalt(), QUICK),
      'backup',
      laptop.source(),
    );
    const recoveryBytes = parseRecoveryKey(laptop.recoveryKey)!;
    expect(contains(sealed, recoveryBytes)).toBe(false);
    expect(contains(sealed, await recoveryWrappingKey(recoveryBytes))).toBe(false);
    expect(contains(sealed, laptop.dataKey)).toBe(false);
    expect(contains(sealed, new TextEncoder().encode('delegation-desk'))).toBe(false);
  });

  it('refuses another laptop’s recovery key, a text that is no recovery key, and a wrong passphrase', async () => {
    const laptop = await protectedLaptop();
    const sealed = await sealFile(
      plain,
      await deriveFileKey(PASSPHRASE, newSalt(), QUICK),
      'backup',
      laptop.source(),
    );
    expect(await refusal(openFileWithRecoveryKey(sealed, newRecoveryKey()))).toBe('wrong-recovery-key');
    expect(await refusal(openFileWithRecoveryKey(sealed, (await protectedLaptop()).recoveryKey))).toBe(
      'wrong-recovery-key',
    );
    expect(await refusal(openFileWithRecoveryKey(sealed, PASSPHRASE))).toBe('wrong-recovery-key');
    expect(await refusal(openFileWithRecoveryKey(sealed, ''))).toBe('wrong-recovery-key');
    expect(await refusal(openFileWithPassphrase(sealed, `${PASSPHRASE}!`))).toBe('wrong-passphrase');
  });

  it('refuses the file when any one byte of the header or the body is changed, by either key', async () => {
    const laptop = await protectedLaptop();
    const key = await deriveFileKey(PASSPHRASE, newSalt(), QUICK);
    const sealed = await sealFile(plain, key, 'backup', laptop.source());
    const { headerLength } = readEnvelopeHeader(sealed);
    const positions = [
      ...Array.from({ length: headerLength }, (_, index) => index),
      headerLength,
      Math.floor((headerLength + sealed.length) / 2),
      sealed.length - 1,
    ];
    for (const position of positions) {
      const changed = sealed.slice();
      changed[position] = changed[position]! ^ 0x01;
      const byKey = await refusal((async () => openFileWithKey(changed, readEnvelopeHeader(changed), key))());
      const byRecovery = await refusal(openFileWithRecoveryKey(changed, laptop.recoveryKey));
      expect([position, byKey, byRecovery]).not.toContain('opened');
      if (position >= headerLength) expect([byKey, byRecovery]).toEqual(['damaged', 'damaged']);
    }
  });

  it('with the right recovery key calls every changed byte damage, but for the slot’s first half, which reads as a wrong key', async () => {
    const laptop = await protectedLaptop();
    const sealed = await sealFile(
      plain,
      await deriveFileKey(PASSPHRASE, newSalt(), QUICK),
      'backup',
      laptop.source(),
    );
    const { headerLength } = readEnvelopeHeader(sealed);
    // The slot ends the header; its first half is the vault's wrap of the data key by the recovery key.
    const slotAt = headerLength - RECOVERY_SLOT_BYTES;
    const secondHalfAt = slotAt + RECOVERY_SLOT_BYTES / 2;
    const FIXED_FIELDS = 21; // magic, version, content, key derivation, Argon2id, salt length
    const seen = new Map<string, number[]>();
    for (let position = 0; position < sealed.length; position += position < headerLength + 32 ? 1 : 97) {
      const changed = sealed.slice();
      changed[position] = changed[position]! ^ 0x01;
      const answer = await refusal(openFileWithRecoveryKey(changed, laptop.recoveryKey));
      const where =
        position < FIXED_FIELDS
          ? 'fixed'
          : position >= slotAt && position < secondHalfAt
            ? 'slot first half'
            : 'elsewhere';
      seen.set(`${where}: ${answer}`, [...(seen.get(`${where}: ${answer}`) ?? []), position]);
    }
    // Not one byte changed opens the file. Outside the slot's first half, the right key always hears
    // "damaged" (or, for the fixed fields, "not a readable envelope"). Inside it, a changed byte and a
    // wrong key are the same failed GCM tag (fileRecoverySlot.ts): the message says "wrong key, or a
    // damaged file".
    expect([...seen.keys()].sort()).toEqual(
      [
        'elsewhere: damaged',
        'fixed: bad-header',
        'fixed: damaged',
        'slot first half: wrong-recovery-key',
      ].sort(),
    );
    expect(seen.get('slot first half: wrong-recovery-key')).toHaveLength(RECOVERY_SLOT_BYTES / 2);
    // A really wrong key, on the intact file.
    expect(await refusal(openFileWithRecoveryKey(sealed, newRecoveryKey()))).toBe('wrong-recovery-key');
  });

  it('refuses a crafted or cut version 2 header before deriving or allocating anything', async () => {
    const laptop = await protectedLaptop();
    const sealed = await sealFile(
      plain,
      await deriveFileKey(PASSPHRASE, newSalt(), QUICK),
      'backup',
      laptop.source(),
    );
    const { headerLength } = readEnvelopeHeader(sealed);
    const crafted = (edit: (view: DataView, bytes: Uint8Array) => void) => {
      const bytes = sealed.slice();
      edit(new DataView(bytes.buffer), bytes);
      return bytes;
    };
    const cases = [
      sealed.subarray(0, headerLength + 15), // no room for the tag
      sealed.subarray(0, headerLength - 60), // the recovery slot cut
      crafted((view) => view.setUint32(11, 0xffffffff)),
      crafted((view) => view.setUint32(15, 1_000_000)),
      crafted((_, bytes) => (bytes[20] = 255)),
      crafted((_, bytes) => (bytes[8] = 3)), // a newer envelope
    ];
    for (const bytes of cases) {
      const started = performance.now();
      expect(await refusal(openFileWithPassphrase(bytes, PASSPHRASE))).toBe('bad-header');
      expect(await refusal(openFileWithRecoveryKey(bytes, laptop.recoveryKey))).toBe('bad-header');
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});

describe('encrypted file envelope, version 1 (the files of before)', () => {
  // Sealed by the envelope's first version (commit e03db8a's code) with the test's passphrase and
  // small Argon2id parameters: a tiny zip and the encrypted file made of it.
  const fixture = (name: string) =>
    new Uint8Array(readFileSync(new URL(`../../fixtures/envelope-v1/${name}`, import.meta.url)));

  it('still opens a file made before version 2 existed, exactly as then', async () => {
    const sealed = fixture('backup.ddbackup');
    const header = readEnvelopeHeader(sealed);
    expect([header.version, header.content, header.recoverySlot, header.wrappedKey]).toEqual([
      1,
      'backup',
      null,
      null,
    ]);
    expect((await openFileWithPassphrase(sealed, PASSPHRASE)).plain).toEqual(fixture('backup.zip'));
    expect(await refusal(openFileWithRecoveryKey(sealed, newRecoveryKey()))).toBe('no-recovery-slot');
  });

  it('is still what files without a recovery slot are made as (older versions of the app open them)', async () => {
    const plain = fixture('backup.zip');
    for (const content of ['backup', 'exchange'] as const) {
      const sealed = await sealFile(plain, await deriveFileKey(PASSPHRASE, newSalt(), QUICK), content);
      expect(sealed[8]).toBe(1);
      expect((await openFileWithPassphrase(sealed, PASSPHRASE)).plain).toEqual(plain);
    }
  });
});
