import { gcm } from '@noble/ciphers/aes.js';
import { NONCE_BYTES, OpenError, randomBytes, SEAL_OVERHEAD } from './webAesGcm';

/**
 * AES-256-GCM, as one byte string: a random 96-bit nonce, then the ciphertext and its 128-bit tag.
 * Three implementations of the same format: a synchronous one (@noble/ciphers, here: key schedule
 * and GHASH table made for each message) for the key vault; a synchronous one prepared once per
 * key (preparedAesGcm.ts) for records, sealed and opened inside IndexedDB transactions, which end
 * at the first await of anything that is not an IndexedDB request; and WebCrypto's (webAesGcm.ts)
 * for large contents (photos) sealed outside them.
 */
export * from './webAesGcm';

export function sealSync(key: Uint8Array, plain: Uint8Array, aad?: Uint8Array): Uint8Array<ArrayBuffer> {
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = gcm(key, nonce, aad).encrypt(plain);
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce, 0);
  out.set(sealed, NONCE_BYTES);
  return out;
}

export function openSync(key: Uint8Array, sealed: Uint8Array, aad?: Uint8Array): Uint8Array {
  if (sealed.length < SEAL_OVERHEAD) throw new OpenError();
  try {
    return gcm(key, sealed.subarray(0, NONCE_BYTES), aad).decrypt(sealed.subarray(NONCE_BYTES));
  } catch {
    throw new OpenError();
  }
}
