import { plainBytes } from '../plainBytes';
import { NONCE_BYTES, OpenError, TAG_BYTES, randomBytes } from './webAesGcm';

/** A 32-byte key wrapped: a random 96-bit nonce, the key encrypted, the 128-bit GCM tag. */
export const WRAPPED_KEY_BYTES = NONCE_BYTES + 32 + TAG_BYTES;

/**
 * Wraps 32 key bytes with AES-256-GCM (WebCrypto), in the same layout as aesGcm.ts's sealSync, so
 * that what the key vault wrapped with @noble/ciphers opens here too (fileRecoverySlot.ts) without
 * loading @noble/ciphers into the import worker and the command line.
 */
export async function wrapKeyBytes(
  wrappingKey: CryptoKey,
  keyBytes: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: plainBytes(aad) },
      wrappingKey,
      plainBytes(keyBytes),
    ),
  );
  const out = new Uint8Array(WRAPPED_KEY_BYTES);
  out.set(nonce, 0);
  out.set(sealed, NONCE_BYTES);
  return out;
}

/** The 32 key bytes back; OpenError for a wrong wrapping key or changed bytes. */
export async function unwrapKeyBytes(
  wrappingKey: CryptoKey,
  wrapped: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  if (wrapped.length !== WRAPPED_KEY_BYTES) throw new OpenError();
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: wrapped.slice(0, NONCE_BYTES), additionalData: plainBytes(aad) },
        wrappingKey,
        wrapped.slice(NONCE_BYTES),
      ),
    );
  } catch {
    throw new OpenError();
  }
}
