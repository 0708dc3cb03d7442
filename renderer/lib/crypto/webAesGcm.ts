import { plainBytes } from '../plainBytes';

/**
 * AES-256-GCM, as one byte string: a random 96-bit nonce, then the ciphertext and its 128-bit tag.
 * WebCrypto's implementation, for large contents (photos) sealed outside IndexedDB transactions;
 * the synchronous ones are in aesGcm.ts and preparedAesGcm.ts (records). Apart so that what only
 * needs these (the database's key holder, at start-up) does not load @noble/ciphers, which builds
 * its tables when loaded.
 */
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
export const SEAL_OVERHEAD = NONCE_BYTES + TAG_BYTES;
export const KEY_BYTES = 32;

/** A wrong key, or contents changed since they were sealed. */
export class OpenError extends Error {
  constructor() {
    super('Could not decrypt: wrong key or damaged data');
    this.name = 'OpenError';
  }
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** A WebCrypto key for the same 32 bytes (not extractable). */
export function importAesKey(key: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new Uint8Array(key), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export async function sealAsync(key: CryptoKey, plain: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = new Uint8Array(
    // No copy of the plain bytes: a photo is megabytes, and WebCrypto copies what it is given anyway.
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, key, plainBytes(plain)),
  );
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce, 0);
  out.set(sealed, NONCE_BYTES);
  return out;
}

export async function openAsync(
  key: CryptoKey,
  sealed: Uint8Array,
  aad?: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  if (sealed.length < SEAL_OVERHEAD) throw new OpenError();
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        aad
          ? { name: 'AES-GCM', iv: sealed.slice(0, NONCE_BYTES), additionalData: plainBytes(aad) }
          : { name: 'AES-GCM', iv: sealed.slice(0, NONCE_BYTES) },
        key,
        plainBytes(sealed.subarray(NONCE_BYTES)),
      ),
    );
  } catch {
    throw new OpenError();
  }
}
