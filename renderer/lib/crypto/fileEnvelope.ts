import { plainBytes } from '../plainBytes';
import {
  CHECK_BYTES,
  IV_BYTES,
  isSafeFileArgon2idParams,
  readEnvelopeHeader,
  writeEnvelopeHeader,
  type EnvelopeContent,
  type EnvelopeHeader,
} from './envelopeHeader';
import { FileEnvelopeError } from './fileEnvelopeError';
import { openRecoverySlot, sealRecoverySlot, type RecoverySource } from './fileRecoverySlot';
import { unwrapKeyBytes, wrapKeyBytes } from './keyWrap';
import { ARGON2ID_DEFAULTS, derivePassphraseKeyBytes, newSalt, type Argon2idParams } from './passphraseKey';
import { importAesKey, OpenError, randomBytes } from './webAesGcm';

/**
 * An encrypted file (a backup or an exchange file): the file's usual bytes (a zip), encrypted with
 * AES-256-GCM under a key that comes from the delegation's passphrase by Argon2id (version 1), or
 * under a random content key that both the passphrase and the recovery key of the laptop that
 * made the file can unwrap (version 2). The header's layout is in envelopeHeader.ts.
 */
export {
  ENVELOPE_CONTENT,
  ENVELOPE_MAGIC,
  isEncryptedFile,
  isSafeFileArgon2idParams,
  readEnvelopeHeader,
  type EnvelopeContent,
  type EnvelopeHeader,
} from './envelopeHeader';
export { FileEnvelopeError, type FileEnvelopeErrorCode } from './fileEnvelopeError';
export type { RecoverySource } from './fileRecoverySlot';

/** The key material of one passphrase with one salt: enough to seal and open files. */
export interface FileKey {
  readonly salt: Uint8Array;
  readonly params: Argon2idParams;
  /** The 32 bytes Argon2id derived; the passphrase itself is not kept. */
  readonly keyBytes: Uint8Array;
}

const CONTENT_KEY_AAD = new TextEncoder().encode('delegation-desk file content key');

export async function deriveFileKey(
  passphrase: string,
  salt: Uint8Array = newSalt(),
  params: Argon2idParams = ARGON2ID_DEFAULTS,
): Promise<FileKey> {
  if (!isSafeFileArgon2idParams(params)) throw new FileEnvelopeError('bad-header');
  return { salt, params, keyBytes: await derivePassphraseKeyBytes(passphrase, salt, params) };
}

/** Whether `key` was derived with the salt and parameters of this header (so no derivation is needed). */
export function keyFitsHeader(key: FileKey, header: EnvelopeHeader): boolean {
  return (
    key.params.memorySize === header.params.memorySize &&
    key.params.iterations === header.params.iterations &&
    key.params.parallelism === header.params.parallelism &&
    sameBytes(key.salt, header.salt)
  );
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * Two keys from the Argon2id output by HKDF: an AES-GCM key (version 1: the contents' key;
 * version 2: the key wrapping the content key), and the key check stored in the header (which
 * tells nothing about the AES key, but says whether the passphrase was right).
 */
async function subkeys(key: FileKey, version: 1 | 2): Promise<{ aes: CryptoKey; check: Uint8Array }> {
  const master = await crypto.subtle.importKey('raw', plainBytes(key.keyBytes), 'HKDF', false, [
    'deriveKey',
    'deriveBits',
  ]);
  const hkdf = (info: string): HkdfParams => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: new TextEncoder().encode(info),
  });
  const aes = await crypto.subtle.deriveKey(
    hkdf(version === 1 ? 'delegation-desk file encryption' : 'delegation-desk file key wrapping'),
    master,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const check = new Uint8Array(
    await crypto.subtle.deriveBits(hkdf('delegation-desk file key check'), master, CHECK_BYTES * 8),
  );
  return { aes, check };
}

/**
 * What sealing a file's body needs, made before its bytes are encrypted: the envelope's header
 * (also the body's associated data), the IV and the body's key (a WebCrypto key, which a worker
 * can be handed: see sealBody).
 */
export interface PreparedSeal {
  header: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  bodyKey: CryptoKey;
}

/**
 * The header and key of a new envelope (a fresh IV each time; the key's salt and parameters).
 * With `recovery` (a backup made on a protected, unlocked laptop), version 2 with a recovery slot;
 * else version 1, as every file was before.
 */
export async function prepareSeal(
  key: FileKey,
  content: EnvelopeContent,
  recovery: RecoverySource | null = null,
): Promise<PreparedSeal> {
  const { aes, check } = await subkeys(key, recovery ? 2 : 1);
  const iv = randomBytes(IV_BYTES);
  const common = { content, salt: key.salt, params: key.params, iv, check };
  if (!recovery)
    return {
      header: writeEnvelopeHeader({ ...common, version: 1, wrappedKey: null, recoverySlot: null }),
      iv,
      bodyKey: aes,
    };
  const contentKey = randomBytes(32);
  try {
    const bodyKey = await importAesKey(contentKey);
    const header = writeEnvelopeHeader({
      ...common,
      version: 2,
      wrappedKey: await wrapKeyBytes(aes, contentKey, CONTENT_KEY_AAD),
      recoverySlot: await sealRecoverySlot(contentKey, recovery),
    });
    return { header, iv, bodyKey };
  } finally {
    contentKey.fill(0);
  }
}

/** The envelope's bytes: the prepared header, then the body encrypted (AES-GCM, the header as associated data). */
export async function sealBody(
  plain: Uint8Array,
  { header, iv, bodyKey }: PreparedSeal,
): Promise<Uint8Array> {
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, bodyKey, plainBytes(plain)),
  );
  const sealed = new Uint8Array(header.length + ciphertext.length);
  sealed.set(header, 0);
  sealed.set(ciphertext, header.length);
  return sealed;
}

/**
 * Encrypts a file's bytes into an envelope (prepareSeal, then sealBody, or `encryptBody` in its
 * place: the same work done elsewhere, say in a worker).
 */
export async function sealFile(
  plain: Uint8Array,
  key: FileKey,
  content: EnvelopeContent,
  recovery: RecoverySource | null = null,
  encryptBody: (plain: Uint8Array, prepared: PreparedSeal) => Promise<Uint8Array> = sealBody,
): Promise<Uint8Array> {
  return encryptBody(plain, await prepareSeal(key, content, recovery));
}

/** The contents, decrypted with the body's key; `damaged` when anything authenticated changed. */
async function openBody(
  bytes: Uint8Array,
  header: EnvelopeHeader,
  bodyKey: CryptoKey,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: plainBytes(header.iv),
        additionalData: plainBytes(bytes.subarray(0, header.headerLength)),
      },
      bodyKey,
      plainBytes(bytes.subarray(header.headerLength)),
    );
    return new Uint8Array(plain);
  } catch (cause) {
    throw new FileEnvelopeError('damaged', { cause });
  }
}

/** A content key unwrapped (version 2), as a WebCrypto key; its bytes are wiped. */
async function importContentKey(unwrap: () => Promise<Uint8Array>): Promise<CryptoKey> {
  const contentKey = await unwrap();
  try {
    return await importAesKey(contentKey);
  } finally {
    contentKey.fill(0);
  }
}

/** Decrypts an envelope with a key derived for its header (keyFitsHeader); throws FileEnvelopeError. */
export async function openFileWithKey(
  bytes: Uint8Array,
  header: EnvelopeHeader,
  key: FileKey,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!keyFitsHeader(key, header)) throw new FileEnvelopeError('wrong-passphrase');
  const { aes, check } = await subkeys(key, header.version);
  if (!sameBytes(check, header.check)) throw new FileEnvelopeError('wrong-passphrase');
  const { wrappedKey } = header;
  if (!wrappedKey) return openBody(bytes, header, aes);
  const bodyKey = await importContentKey(async () => {
    try {
      return await unwrapKeyBytes(aes, wrappedKey, CONTENT_KEY_AAD);
    } catch (cause) {
      // The key check said the passphrase is right: the wrapped key was changed.
      if (cause instanceof OpenError) throw new FileEnvelopeError('damaged', { cause });
      throw cause;
    }
  });
  return openBody(bytes, header, bodyKey);
}

/** Decrypts an envelope with a passphrase (one Argon2id derivation with the file's bounded parameters). */
export async function openFileWithPassphrase(
  bytes: Uint8Array,
  passphrase: string,
): Promise<{ plain: Uint8Array<ArrayBuffer>; key: FileKey }> {
  const header = readEnvelopeHeader(bytes);
  if (passphrase === '') throw new FileEnvelopeError('wrong-passphrase');
  const key = await deriveFileKey(passphrase, header.salt, header.params);
  return { plain: await openFileWithKey(bytes, header, key), key };
}

/**
 * Decrypts a version 2 envelope with the recovery key of the laptop that made it (no Argon2id:
 * the recovery key is random). `no-recovery-slot` for a file made without one.
 */
export async function openFileWithRecoveryKey(
  bytes: Uint8Array,
  recoveryKey: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const header = readEnvelopeHeader(bytes);
  const slot = header.recoverySlot;
  if (!slot) throw new FileEnvelopeError('no-recovery-slot');
  return openBody(bytes, header, await importContentKey(() => openRecoverySlot(slot, recoveryKey)));
}
