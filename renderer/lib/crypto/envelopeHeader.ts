import { ARGON2ID_DEFAULTS, isSafeArgon2idParams, type Argon2idParams } from './argon2idParams';
import { FileEnvelopeError } from './fileEnvelopeError';
import { RECOVERY_SLOT_BYTES } from './fileRecoverySlot';
import { WRAPPED_KEY_BYTES } from './keyWrap';

/**
 * The header of an encrypted file (a backup or an exchange file). Version 1: the contents are
 * encrypted under a key derived from the delegation's passphrase. Version 2 (backups made on a
 * protected laptop): under a random content key, wrapped for the passphrase and, in the recovery
 * slot, for the recovery key of the laptop that made it (fileRecoverySlot.ts). Files without a
 * recovery slot are still written as version 1, which older versions of the app open.
 *
 *   offset  size  field
 *        0     8  magic "DDESKENC"
 *        8     1  envelope version (1 or 2)
 *        9     1  content: what the caller put inside (1 backup, 2 exchange file); routes a file unopened
 *       10     1  key derivation (1 = Argon2id)
 *       11     4  Argon2id memory in KiB, big-endian
 *       15     4  Argon2id passes, big-endian
 *       19     1  Argon2id lanes
 *       20     1  salt length s (16–64)
 *       21     s  salt
 *     21+s    12  AES-GCM IV of the contents
 *     33+s    16  key check: tells a wrong passphrase from a damaged file
 *   version 2 only:
 *     49+s    60  the content key wrapped by the passphrase's key (nonce, key, tag)
 *    109+s   120  the recovery slot
 *        …     …  ciphertext with its 16-byte GCM tag
 *
 * Everything before the ciphertext is the GCM additional data: a changed byte anywhere, header or
 * body, makes decryption fail. Every number in the header is bounded, and every field has a fixed
 * or bounded size checked against the file's length, before anything is allocated or derived: a
 * crafted file costs at most one Argon2id run of bounded memory and passes.
 */
export const ENVELOPE_MAGIC = new Uint8Array([0x44, 0x44, 0x45, 0x53, 0x4b, 0x45, 0x4e, 0x43]);
export type EnvelopeVersion = 1 | 2;
const KDF_ARGON2ID = 1;
export const IV_BYTES = 12;
export const CHECK_BYTES = 16;
export const TAG_BYTES = 16;
export const MIN_SALT = 16;
export const MAX_SALT = 64;
/** passphraseKey.ts's SALT_BYTES, which every version 2 file was written with. */
const V2_SALT_BYTES = 16;
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

export interface EnvelopeHeader {
  version: EnvelopeVersion;
  content: EnvelopeContent | null;
  salt: Uint8Array;
  params: Argon2idParams;
  iv: Uint8Array;
  check: Uint8Array;
  /** Version 2: the content key wrapped by the passphrase's key; null in version 1. */
  wrappedKey: Uint8Array | null;
  /** Version 2: the recovery slot; null when the recovery key cannot open the file. */
  recoverySlot: Uint8Array | null;
  /** Where the ciphertext starts: also the length of the authenticated header. */
  headerLength: number;
}

/** The fields a new header is written from. */
export type NewEnvelopeHeader = Omit<EnvelopeHeader, 'headerLength' | 'content'> & {
  content: EnvelopeContent;
};

export function isEncryptedFile(bytes: Uint8Array): boolean {
  return (
    bytes.length >= ENVELOPE_MAGIC.length && ENVELOPE_MAGIC.every((byte, index) => bytes[index] === byte)
  );
}

function headerLengthOf(version: EnvelopeVersion, saltLength: number): number {
  const common = FIXED_HEADER + saltLength + IV_BYTES + CHECK_BYTES;
  return version === 1 ? common : common + WRAPPED_KEY_BYTES + RECOVERY_SLOT_BYTES;
}

/** Reads and bounds the header; throws `bad-header` for anything out of bounds. */
export function readEnvelopeHeader(bytes: Uint8Array): EnvelopeHeader {
  if (!isEncryptedFile(bytes) || bytes.length < FIXED_HEADER) throw new FileEnvelopeError('bad-header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = bytes[8];
  if ((version !== 1 && version !== 2) || bytes[10] !== KDF_ARGON2ID)
    throw new FileEnvelopeError('bad-header');
  const params: Argon2idParams = {
    memorySize: view.getUint32(11),
    iterations: view.getUint32(15),
    parallelism: bytes[19]!,
  };
  const saltLength = bytes[20]!;
  if (!isSafeFileArgon2idParams(params) || saltLength < MIN_SALT || saltLength > MAX_SALT)
    throw new FileEnvelopeError('bad-header');
  // Every version 2 file was written with a 16-byte salt. Holding it to that tells a changed length
  // byte as damage: else the recovery slot would be read from a shifted place, and the recovery key
  // would seem wrong (fileRecoverySlot.ts explains why a wrong key and a changed slot look alike).
  if (version === 2 && saltLength !== V2_SALT_BYTES) throw new FileEnvelopeError('bad-header');
  const headerLength = headerLengthOf(version, saltLength);
  if (bytes.length < headerLength + TAG_BYTES) throw new FileEnvelopeError('bad-header');
  const ivAt = FIXED_HEADER + saltLength;
  const checkAt = ivAt + IV_BYTES;
  const wrappedAt = checkAt + CHECK_BYTES;
  const slotAt = wrappedAt + WRAPPED_KEY_BYTES;
  const content =
    (Object.keys(ENVELOPE_CONTENT) as EnvelopeContent[]).find(
      (name) => ENVELOPE_CONTENT[name] === bytes[9],
    ) ?? null;
  return {
    version,
    content,
    params,
    salt: bytes.slice(FIXED_HEADER, ivAt),
    iv: bytes.slice(ivAt, checkAt),
    check: bytes.slice(checkAt, wrappedAt),
    wrappedKey: version === 2 ? bytes.slice(wrappedAt, slotAt) : null,
    recoverySlot: version === 2 ? bytes.slice(slotAt, headerLength) : null,
    headerLength,
  };
}

/** The header's bytes, laid out as above. */
export function writeEnvelopeHeader(header: NewEnvelopeHeader): Uint8Array<ArrayBuffer> {
  const { version, salt } = header;
  if (salt.length < MIN_SALT || salt.length > MAX_SALT) throw new FileEnvelopeError('bad-header');
  if ((version === 2) !== (header.wrappedKey !== null && header.recoverySlot !== null))
    throw new Error('A version 2 envelope has a wrapped key and a recovery slot, version 1 neither');
  const bytes = new Uint8Array(headerLengthOf(version, salt.length));
  const view = new DataView(bytes.buffer);
  bytes.set(ENVELOPE_MAGIC, 0);
  bytes[8] = version;
  bytes[9] = ENVELOPE_CONTENT[header.content];
  bytes[10] = KDF_ARGON2ID;
  view.setUint32(11, header.params.memorySize);
  view.setUint32(15, header.params.iterations);
  bytes[19] = header.params.parallelism;
  bytes[20] = salt.length;
  let at = FIXED_HEADER;
  for (const field of [salt, header.iv, header.check, header.wrappedKey, header.recoverySlot]) {
    if (!field) continue;
    bytes.set(field, at);
    at += field.length;
  }
  if (at !== bytes.length) throw new Error('An envelope field has the wrong length');
  return bytes;
}
