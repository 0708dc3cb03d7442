import { plainBytes } from '../plainBytes';
import {
  ARGON2ID_DEFAULTS,
  derivePassphraseKeyBytes,
  isSafeArgon2idParams,
  newSalt,
  type Argon2idParams,
} from './passphraseKey';

/**
 * The envelope of an encrypted file (a backup or an exchange file): the file's usual bytes (a zip),
 * encrypted with AES-256-GCM under a key derived from the delegation's passphrase by Argon2id.
 *
 *   offset  size  field
 *        0     8  magic "DDESKENC"
 *        8     1  envelope version (1)
 *        9     1  content: what the caller put inside (1 backup, 2 exchange file); routes a file unopened
 *       10     1  key derivation (1 = Argon2id)
 *       11     4  Argon2id memory in KiB, big-endian
 *       15     4  Argon2id passes, big-endian
 *       19     1  Argon2id lanes
 *       20     1  salt length s (16–64)
 *       21     s  salt
 *     21+s    12  AES-GCM IV
 *     33+s    16  key check: tells a wrong passphrase from a damaged file
 *     49+s     …  ciphertext with its 16-byte GCM tag
 *
 * Everything before the ciphertext is the GCM additional data: a changed byte anywhere, header or
 * body, makes decryption fail. Every number in the header is bounded before anything is allocated
 * or derived, so a crafted file costs at most one Argon2id run of bounded memory and passes.
 */
export const ENVELOPE_MAGIC = new Uint8Array([0x44, 0x44, 0x45, 0x53, 0x4b, 0x45, 0x4e, 0x43]);
const ENVELOPE_VERSION = 1;
const KDF_ARGON2ID = 1;
const IV_BYTES = 12;
const CHECK_BYTES = 16;
const TAG_BYTES = 16;
const MIN_SALT = 16;
const MAX_SALT = 64;
const FIXED_HEADER = 21;

/** What an envelope holds, so that a file the system opened can be routed before it is unlocked. */
export const ENVELOPE_CONTENT = { backup: 1, exchange: 2 } as const;
export type EnvelopeContent = keyof typeof ENVELOPE_CONTENT;

/**
 * The most a file may ask of Argon2id: 256 MiB and four times the default work (memory × passes).
 * Tighter than isSafeArgon2idParams, which also bounds a vault this laptop wrote itself.
 */
const MAX_FILE_MEMORY_KIB = 262_144;
const MAX_FILE_COST = 4 * ARGON2ID_DEFAULTS.memorySize * ARGON2ID_DEFAULTS.iterations;

export function isSafeFileArgon2idParams(params: Argon2idParams): boolean {
  return (
    isSafeArgon2idParams(params) &&
    params.memorySize <= MAX_FILE_MEMORY_KIB &&
    params.memorySize * params.iterations <= MAX_FILE_COST
  );
}

/**
 * Why an encrypted file was not opened. `passphrase-needed`: no passphrase known here fits;
 * `wrong-passphrase`: the key check failed; `damaged`: the key is right but the contents or the
 * header were changed; `bad-header`: not a readable envelope (or parameters beyond the bounds).
 */
export type FileEnvelopeErrorCode = 'bad-header' | 'passphrase-needed' | 'wrong-passphrase' | 'damaged';

export class FileEnvelopeError extends Error {
  constructor(
    readonly code: FileEnvelopeErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`Encrypted file not opened (${code})`, options);
    this.name = 'FileEnvelopeError';
  }
}

/** The key material of one passphrase with one salt: enough to seal and open files. */
export interface FileKey {
  readonly salt: Uint8Array;
  readonly params: Argon2idParams;
  /** The 32 bytes Argon2id derived; the passphrase itself is not kept. */
  readonly keyBytes: Uint8Array;
}

export interface EnvelopeHeader {
  content: EnvelopeContent | null;
  salt: Uint8Array;
  params: Argon2idParams;
  iv: Uint8Array;
  check: Uint8Array;
  /** Where the ciphertext starts: also the length of the authenticated header. */
  headerLength: number;
}

export function isEncryptedFile(bytes: Uint8Array): boolean {
  return (
    bytes.length >= ENVELOPE_MAGIC.length && ENVELOPE_MAGIC.every((byte, index) => bytes[index] === byte)
  );
}

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

/** Reads and bounds the header; throws `bad-header` for anything out of bounds. */
export function readEnvelopeHeader(bytes: Uint8Array): EnvelopeHeader {
  if (!isEncryptedFile(bytes) || bytes.length < FIXED_HEADER) throw new FileEnvelopeError('bad-header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[8] !== ENVELOPE_VERSION || bytes[10] !== KDF_ARGON2ID) throw new FileEnvelopeError('bad-header');
  const params: Argon2idParams = {
    memorySize: view.getUint32(11),
    iterations: view.getUint32(15),
    parallelism: bytes[19]!,
  };
  const saltLength = bytes[20]!;
  if (!isSafeFileArgon2idParams(params) || saltLength < MIN_SALT || saltLength > MAX_SALT)
    throw new FileEnvelopeError('bad-header');
  const ivAt = FIXED_HEADER + saltLength;
  const checkAt = ivAt + IV_BYTES;
  const headerLength = checkAt + CHECK_BYTES;
  if (bytes.length < headerLength + TAG_BYTES) throw new FileEnvelopeError('bad-header');
  const content =
    (Object.keys(ENVELOPE_CONTENT) as EnvelopeContent[]).find(
      (name) => ENVELOPE_CONTENT[name] === bytes[9],
    ) ?? null;
  return {
    content,
    params,
    salt: bytes.slice(FIXED_HEADER, ivAt),
    iv: bytes.slice(ivAt, checkAt),
    check: bytes.slice(checkAt, headerLength),
    headerLength,
  };
}

/**
 * Two keys from the Argon2id output by HKDF: the AES-GCM key, and the key check stored in the
 * header (which tells nothing about the AES key, but says whether the passphrase was right).
 */
async function subkeys(key: FileKey): Promise<{ aes: CryptoKey; check: Uint8Array }> {
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
    hkdf('delegation-desk file encryption'),
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

/** Encrypts a file's bytes into an envelope (a fresh IV each time; the key's salt and parameters). */
export async function sealFile(
  plain: Uint8Array,
  key: FileKey,
  content: EnvelopeContent,
): Promise<Uint8Array> {
  const { aes, check } = await subkeys(key);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const headerLength = FIXED_HEADER + key.salt.length + IV_BYTES + CHECK_BYTES;
  if (key.salt.length < MIN_SALT || key.salt.length > MAX_SALT) throw new FileEnvelopeError('bad-header');
  const header = new Uint8Array(headerLength);
  const view = new DataView(header.buffer);
  header.set(ENVELOPE_MAGIC, 0);
  header[8] = ENVELOPE_VERSION;
  header[9] = ENVELOPE_CONTENT[content];
  header[10] = KDF_ARGON2ID;
  view.setUint32(11, key.params.memorySize);
  view.setUint32(15, key.params.iterations);
  header[19] = key.params.parallelism;
  header[20] = key.salt.length;
  header.set(key.salt, FIXED_HEADER);
  header.set(iv, FIXED_HEADER + key.salt.length);
  header.set(check, FIXED_HEADER + key.salt.length + IV_BYTES);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, aes, plainBytes(plain)),
  );
  const sealed = new Uint8Array(headerLength + ciphertext.length);
  sealed.set(header, 0);
  sealed.set(ciphertext, headerLength);
  return sealed;
}

/** Decrypts an envelope with a key derived for its header (keyFitsHeader); throws FileEnvelopeError. */
export async function openFileWithKey(
  bytes: Uint8Array,
  header: EnvelopeHeader,
  key: FileKey,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!keyFitsHeader(key, header)) throw new FileEnvelopeError('wrong-passphrase');
  const { aes, check } = await subkeys(key);
  if (!sameBytes(check, header.check)) throw new FileEnvelopeError('wrong-passphrase');
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: plainBytes(header.iv),
        additionalData: plainBytes(bytes.subarray(0, header.headerLength)),
      },
      aes,
      plainBytes(bytes.subarray(header.headerLength)),
    );
    return new Uint8Array(plain);
  } catch (cause) {
    throw new FileEnvelopeError('damaged', { cause });
  }
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
