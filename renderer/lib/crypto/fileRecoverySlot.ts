import { FileEnvelopeError } from './fileEnvelopeError';
import { unwrapKeyBytes, WRAPPED_KEY_BYTES, wrapKeyBytes } from './keyWrap';
import { parseRecoveryKey, recoveryWrappingKey } from './recoveryKey';
import { importAesKey, OpenError } from './webAesGcm';

/**
 * The recovery slot of a backup (envelope version 2): it lets the recovery key of the laptop that
 * made a backup open it when the delegation's file passphrase is forgotten.
 *
 * The recovery key is shown once and never kept, so a backup made later cannot be wrapped for it
 * directly. What the laptop does keep is its key vault, in which the database's data key is
 * wrapped by SHA-256 of the recovery key (db/protection/vault.ts). The slot holds two wrapped keys:
 *   1. that wrapped data key, copied as it is from the vault;
 *   2. the file's random content key, wrapped by a key HKDF derives from the data key.
 * The recovery key opens 1 as it opens the vault; the data key recovered so opens 2.
 *
 * Why this is safe:
 * - Nothing that opens anything is written in the clear: the recovery key and SHA-256 of it are
 *   never stored (not on the laptop, not in the file); (1) is the very bytes the vault already
 *   keeps in the database's clear `protection.vault` setting; (2) needs the data key.
 * - The recovery key is 160 random bits: the slot adds no door easier to force than the file's
 *   passphrase. The vault's other door, the data key wrapped by the laptop's own passphrase (a
 *   person's choice, open to guessing offline), is deliberately not copied.
 * - Whoever holds the data key, i.e. can unlock this laptop, can open the backups it made with a
 *   slot: they read the same tours in the app already. README says so.
 * - The key of (2) comes from the data key through HKDF under a label of its own: it serves only
 *   here, never as the key records are sealed with.
 * Exchange files get no slot: they go to colleagues, whose laptops have recovery keys of their own.
 */
export const RECOVERY_SLOT_BYTES = 2 * WRAPPED_KEY_BYTES;

/** What a protected, unlocked database lends a backup being made: see above. */
export interface RecoverySource {
  /** The vault's data key wrapped by the recovery key (`byRecoveryKey`), as stored. */
  byRecoveryKey: Uint8Array;
  /** The data key itself (a copy: the caller wipes it). */
  dataKey: Uint8Array;
}

// Must stay equal to vault.ts's WRAP_AAD, under which the vault wraps the data key (a unit test
// opens a slot made from a real vault). Copied rather than imported: vault.ts loads @noble/ciphers.
const DATA_KEY_AAD = new TextEncoder().encode('delegation-desk data key');
const CONTENT_KEY_AAD = new TextEncoder().encode('delegation-desk file content key (recovery)');

async function slotKey(dataKey: Uint8Array): Promise<CryptoKey> {
  const master = await crypto.subtle.importKey('raw', new Uint8Array(dataKey), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: new TextEncoder().encode('delegation-desk backup recovery slot'),
    },
    master,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The slot for a file whose content key is `contentKey`. */
export async function sealRecoverySlot(
  contentKey: Uint8Array,
  source: RecoverySource,
): Promise<Uint8Array<ArrayBuffer>> {
  if (source.byRecoveryKey.length !== WRAPPED_KEY_BYTES) throw new Error('Not a wrapped data key');
  const slot = new Uint8Array(RECOVERY_SLOT_BYTES);
  slot.set(source.byRecoveryKey, 0);
  slot.set(await wrapKeyBytes(await slotKey(source.dataKey), contentKey, CONTENT_KEY_AAD), WRAPPED_KEY_BYTES);
  return slot;
}

/**
 * The file's content key from its slot and the recovery key as typed. Throws FileEnvelopeError:
 * `wrong-recovery-key` when it is not the recovery key of the laptop that made the file (or not a
 * recovery key at all), or when the slot's first half was changed; `damaged` when the key opened the
 * first half but the second was changed.
 *
 * Why a changed first half cannot be told from a wrong key: the first half is the only thing in the
 * file that the recovery key opens, and it is one AES-GCM wrap (nonce, ciphertext, tag: random-looking
 * bytes with no structure to check). A failed tag says only "this key does not fit these bytes", whether
 * the key or the bytes are wrong. Nothing else can vouch for those bytes first: the header's
 * authentication (the body's GCM tag) needs the content key, which is behind this very wrap, and the
 * laptop making a backup cannot add a check of its own for the recovery key, which it never keeps
 * (it could only copy the wrap a second time, which would need a new envelope version). So the
 * messages for `wrong-recovery-key` say "a wrong key, or a damaged file"; every other changed byte of
 * the file is reported as damaged (fileEnvelopeV2.test.ts).
 */
export async function openRecoverySlot(slot: Uint8Array, recoveryKey: string): Promise<Uint8Array> {
  const bytes = parseRecoveryKey(recoveryKey);
  if (!bytes || slot.length !== RECOVERY_SLOT_BYTES) throw new FileEnvelopeError('wrong-recovery-key');
  let dataKey: Uint8Array;
  try {
    const wrapping = await importAesKey(await recoveryWrappingKey(bytes));
    dataKey = await unwrapKeyBytes(wrapping, slot.subarray(0, WRAPPED_KEY_BYTES), DATA_KEY_AAD);
  } catch (error) {
    if (error instanceof OpenError) throw new FileEnvelopeError('wrong-recovery-key');
    throw error;
  }
  try {
    return await unwrapKeyBytes(await slotKey(dataKey), slot.subarray(WRAPPED_KEY_BYTES), CONTENT_KEY_AAD);
  } catch (error) {
    if (error instanceof OpenError) throw new FileEnvelopeError('damaged', { cause: error });
    throw error;
  } finally {
    dataKey.fill(0);
  }
}
