import { zipSync } from 'fflate';
import { refusal } from './refusal';
import { describe, expect, it } from 'vitest';
import {
  ENVELOPE_MAGIC,
  FileEnvelopeError,
  deriveFileKey,
  isEncryptedFile,
  isSafeFileArgon2idParams,
  openFileWithKey,
  openFileWithPassphrase,
  readEnvelopeHeader,
  sealFile,
} from '../../../renderer/lib/crypto/fileEnvelope';
import { ARGON2ID_DEFAULTS, newSalt } from '../../../renderer/lib/crypto/passphraseKey';

// Small parameters keep the unit test quick; the defaults are measured by `npm run bench`.
const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };
const PASSPHRASE = 'Делегация-2026 Будапешт';

describe('encrypted file envelope (AES-256-GCM, Argon2id)', () => {
  const plain = zipSync({ 'manifest.json': new TextEncoder().encode('{"format":"delegation-desk"}') });

  it('round-trips a file with the passphrase, and with the key remembered for its salt', async () => {
    const key = await deriveFileKey(PASSPHRASE, newSalt(), QUICK);
    const sealed = await sealFile(plain, key, 'backup');
    expect(isEncryptedFile(sealed)).toBe(true);
    expect(isEncryptedFile(plain)).toBe(false);
    // Nothing of the zip shows through.
    expect(Buffer.from(sealed).includes(Buffer.from('delegation-desk'))).toBe(false);
    const header = readEnvelopeHeader(sealed);
    expect(header.content).toBe('backup');
    expect(header.params).toEqual(QUICK);
    expect(await openFileWithKey(sealed, header, key)).toEqual(plain);
    expect((await openFileWithPassphrase(sealed, PASSPHRASE.normalize('NFD'))).plain).toEqual(plain);
  });

  it('uses a fresh IV for every file', async () => {
    const key = await deriveFileKey(PASSPHRASE, newSalt(), QUICK);
    const first = await sealFile(plain, key, 'exchange');
    const second = await sealFile(plain, key, 'exchange');
    expect(readEnvelopeHeader(first).iv).not.toEqual(readEnvelopeHeader(second).iv);
    expect(first).not.toEqual(second);
  });

  it('refuses a wrong passphrase as such', async () => {
    const sealed = await sealFile(plain, await deriveFileKey(PASSPHRASE, newSalt(), QUICK), 'backup');
    expect(await refusal(openFileWithPassphrase(sealed, 'Делегация-2026 Будапешт!'))).toBe(
      'wrong-passphrase',
    );
    expect(await refusal(openFileWithPassphrase(sealed, ''))).toBe('wrong-passphrase');
  });

  it('refuses the file when any one byte of the header or the body is changed', async () => {
    const key = await deriveFileKey(PASSPHRASE, newSalt(), QUICK);
    const sealed = await sealFile(plain, key, 'backup');
    const headerLength = readEnvelopeHeader(sealed).headerLength;
    // Every header byte, and bytes spread through the ciphertext and its tag.
    const positions = [
      ...Array.from({ length: headerLength }, (_, index) => index),
      headerLength,
      headerLength + 7,
      Math.floor((headerLength + sealed.length) / 2),
      sealed.length - 17,
      sealed.length - 1,
    ];
    // With the key remembered for the file's salt (no derivation per position, so the test stays quick)…
    const openWithKey = async (bytes: Uint8Array) => openFileWithKey(bytes, readEnvelopeHeader(bytes), key);
    for (const position of positions) {
      const changed = sealed.slice();
      changed[position] = changed[position]! ^ 0x01;
      const code = await refusal(openWithKey(changed));
      expect([position, code]).not.toEqual([position, 'opened']);
      // In the body (ciphertext and tag) a change is always "damaged".
      if (position >= headerLength) expect(code).toBe('damaged');
    }
    // …and with the passphrase, for a changed salt, content byte and IV.
    for (const position of [9, 21, headerLength - 20]) {
      const changed = sealed.slice();
      changed[position] = changed[position]! ^ 0x01;
      expect(await refusal(openFileWithPassphrase(changed, PASSPHRASE))).not.toBe('opened');
    }
    // Cut short, or with bytes added.
    expect(await refusal(openFileWithPassphrase(sealed.subarray(0, sealed.length - 1), PASSPHRASE))).toBe(
      'damaged',
    );
    const longer = new Uint8Array(sealed.length + 1);
    longer.set(sealed);
    expect(await refusal(openFileWithPassphrase(longer, PASSPHRASE))).toBe('damaged');
  });

  it('refuses crafted header parameters before deriving anything', async () => {
    const sealed = await sealFile(plain, await deriveFileKey(PASSPHRASE, newSalt(), QUICK), 'backup');
    const crafted = (edit: (view: DataView, bytes: Uint8Array) => void) => {
      const bytes = sealed.slice();
      edit(new DataView(bytes.buffer), bytes);
      return bytes;
    };
    const cases = [
      crafted((view) => view.setUint32(11, 4_194_304)), // 4 GiB of memory
      crafted((view) => view.setUint32(11, 0xffffffff)),
      crafted((view) => view.setUint32(15, 1_000_000)), // a million passes
      crafted((view) => {
        view.setUint32(11, 262_144); // 256 MiB × 20 passes
        view.setUint32(15, 20);
      }),
      crafted((_, bytes) => (bytes[19] = 255)), // lanes
      crafted((_, bytes) => (bytes[20] = 255)), // salt longer than the file allows
      crafted((_, bytes) => (bytes[20] = 0)),
      crafted((_, bytes) => (bytes[8] = 3)), // a newer envelope
      crafted((_, bytes) => (bytes[10] = 9)), // an unknown key derivation
      sealed.subarray(0, 40),
      ENVELOPE_MAGIC,
    ];
    for (const bytes of cases) {
      const started = performance.now();
      expect(await refusal(openFileWithPassphrase(bytes, PASSPHRASE))).toBe('bad-header');
      // Refused from the header alone: no Argon2id run.
      expect(performance.now() - started).toBeLessThan(1_000);
    }
    expect(isSafeFileArgon2idParams(ARGON2ID_DEFAULTS)).toBe(true);
    expect(isSafeFileArgon2idParams({ memorySize: 262_144, iterations: 3, parallelism: 4 })).toBe(true);
    expect(isSafeFileArgon2idParams({ memorySize: 1_048_576, iterations: 1, parallelism: 1 })).toBe(false);
  });

  it('tells plain zips (the files of before) from encrypted ones by their first bytes', () => {
    expect(isEncryptedFile(plain)).toBe(false);
    expect(isEncryptedFile(new Uint8Array(0))).toBe(false);
    expect(isEncryptedFile(ENVELOPE_MAGIC)).toBe(true);
    expect(() => readEnvelopeHeader(plain)).toThrow(FileEnvelopeError);
  });
});
