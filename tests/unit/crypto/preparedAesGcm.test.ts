import { describe, expect, it } from 'vitest';
import { OpenError, openSync, sealSync } from '../../../renderer/lib/crypto/aesGcm';
import { prepareAesGcm } from '../../../renderer/lib/crypto/preparedAesGcm';

const encoder = new TextEncoder();
const KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);
const AAD = encoder.encode('contacts');

/** Deterministic bytes, so that a failure can be run again as it was. */
function bytes(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let state = seed * 2654435761;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

// Every length around the 16-byte blocks, and a record-sized and a large one.
const LENGTHS = [...Array.from({ length: 70 }, (_, i) => i), 255, 1_000, 4_097, 20_000];

describe('AES-256-GCM prepared once per key', () => {
  it('opens what the per-message code (@noble/ciphers gcm, every database sealed so far) sealed, and the other way', () => {
    const cipher = prepareAesGcm(KEY);
    for (const length of LENGTHS) {
      const plain = bytes(length, length);
      const aad = bytes(length % 40, length + 1);
      expect(cipher.open(sealSync(KEY, plain, aad), aad)).toEqual(plain);
      expect(openSync(KEY, cipher.seal(plain, aad), aad)).toEqual(plain);
    }
  });

  it('gives the same bytes as WebCrypto for the same nonce (nonce, ciphertext, tag)', async () => {
    const cipher = prepareAesGcm(KEY);
    const key = await crypto.subtle.importKey('raw', KEY, 'AES-GCM', false, ['encrypt', 'decrypt']);
    // Past 254 and 510 blocks the counter's low byte wraps: the rounds taken once per 256 blocks are taken again.
    for (const length of [0, 1, 16, 33, 1_000, 4_064, 4_065, 8_200, 70_001]) {
      const plain = bytes(length, 7);
      const sealed = cipher.seal(plain, AAD);
      const nonce = sealed.slice(0, 12);
      const native = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: AAD }, key, plain),
      );
      expect(sealed.subarray(12)).toEqual(native);
    }
  });

  it('opens sealed bytes that start at any offset of their buffer', () => {
    const cipher = prepareAesGcm(KEY);
    const sealed = cipher.seal(bytes(100, 3), AAD);
    for (const offset of [1, 2, 3, 4, 5]) {
      const shifted = new Uint8Array(sealed.length + offset);
      shifted.set(sealed, offset);
      expect(cipher.open(shifted.subarray(offset), AAD)).toEqual(bytes(100, 3));
    }
    expect(cipher.seal(bytes(40, 4).subarray(3), AAD).length).toBe(12 + 37 + 16);
  });

  it('refuses a record with any one byte changed: nonce, ciphertext or tag', () => {
    const cipher = prepareAesGcm(KEY);
    const plain = encoder.encode('{"familyName":"Kovács","email":"kovacs@police.hu"}');
    const sealed = cipher.seal(plain, AAD);
    for (let at = 0; at < sealed.length; at++) {
      const changed = sealed.slice();
      changed[at]! ^= 1 << (at % 8);
      expect(() => cipher.open(changed, AAD), `byte ${at}`).toThrow(OpenError);
    }
  });

  it('refuses another table name, another key, a shortened record and a forgotten key', () => {
    const cipher = prepareAesGcm(KEY);
    const sealed = cipher.seal(bytes(50, 9), AAD);
    expect(() => cipher.open(sealed, encoder.encode('findings'))).toThrow(OpenError);
    expect(() => prepareAesGcm(bytes(32, 1)).open(sealed, AAD)).toThrow(OpenError);
    expect(() => cipher.open(sealed.subarray(0, sealed.length - 1), AAD)).toThrow(OpenError);
    expect(() => cipher.open(sealed.subarray(0, 27), AAD)).toThrow(OpenError);
    cipher.wipe();
    expect(() => cipher.open(sealed, AAD)).toThrow(OpenError);
  });

  it('keeps two keys apart: each opens only its own, and forgetting one leaves the other working', () => {
    const first = prepareAesGcm(KEY);
    const second = prepareAesGcm(bytes(32, 2));
    const plain = bytes(5_000, 5);
    const byFirst = first.seal(plain, AAD);
    const bySecond = second.seal(plain, AAD);
    expect(first.open(byFirst, AAD)).toEqual(plain);
    expect(second.open(bySecond, AAD)).toEqual(plain);
    expect(() => first.open(bySecond, AAD)).toThrow(OpenError);
    first.wipe();
    expect(second.open(bySecond, AAD)).toEqual(plain);
    expect(openSync(KEY, byFirst, AAD)).toEqual(plain);
  });

  it('never seals two messages with the same nonce', () => {
    const cipher = prepareAesGcm(KEY);
    const nonces = new Set(
      Array.from({ length: 1_000 }, () => Array.from(cipher.seal(bytes(5, 1), AAD).subarray(0, 12)).join()),
    );
    expect(nonces.size).toBe(1_000);
  });
});
