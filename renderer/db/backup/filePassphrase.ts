import { deriveFileKey, type FileKey } from '../../lib/crypto/fileEnvelope';
import { openEncryptedFile, type AskPassphrase } from '../../lib/crypto/openEncryptedFile';
import { nowIso } from '../clock';
import { db } from '../database';
import { readSetting, writeSetting } from '../settings';

/**
 * The delegation's file passphrase, as this laptop remembers it: not the passphrase itself but the
 * key Argon2id derived from it with this laptop's salt (settings row `fileEncryption.key`). That is
 * what makes every backup this laptop writes, automatic ones included, encrypted without asking,
 * and what opens them again. The row lives in the app's database, as protected as the database is
 * (and never goes into a backup or an exchange file). Files from a colleague's laptop carry their
 * own salt: their passphrase is asked once, and the key derived from it is kept in memory until
 * the app is closed, for the next file from the same laptop.
 */
const FILE_KEY = 'fileEncryption.key';

interface StoredFileKey extends FileKey {
  setAt: string;
}

/** The shortest passphrase the Backup screen accepts. */
export const MIN_FILE_PASSPHRASE_LENGTH = 10;

const sessionKeys: FileKey[] = [];

/**
 * Bytes as the settings row gives them back: a Uint8Array from a database without protection, but
 * an object of numbered bytes from a protected one, whose records are sealed as JSON (recordSeal.ts).
 * Null for anything else.
 */
function storedBytes(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (typeof value !== 'object' || value === null) return null;
  const bytes = Object.values(value as Record<string, unknown>);
  const isByte = (byte: unknown): byte is number =>
    Number.isInteger(byte) && (byte as number) >= 0 && (byte as number) <= 255;
  return bytes.length > 0 && bytes.every(isByte) ? Uint8Array.from(bytes) : null;
}

export async function rememberedFileKey(): Promise<FileKey | null> {
  const stored = await readSetting<StoredFileKey>(FILE_KEY);
  if (!stored) return null;
  const salt = storedBytes(stored.salt);
  const keyBytes = storedBytes(stored.keyBytes);
  return salt && keyBytes ? { salt, params: stored.params, keyBytes } : null;
}

/** When the passphrase was set on this laptop, or null when none is: for the Backup screen. */
export async function filePassphraseSetAt(): Promise<string | null> {
  return (await readSetting<StoredFileKey>(FILE_KEY))?.setAt ?? null;
}

/** Sets (or changes) the file passphrase: files made from now on are encrypted with it. */
export async function setFilePassphrase(passphrase: string): Promise<void> {
  if (passphrase.length < MIN_FILE_PASSPHRASE_LENGTH) throw new Error('File passphrase too short');
  const key = await deriveFileKey(passphrase);
  await writeSetting(FILE_KEY, { ...key, setAt: nowIso() } satisfies StoredFileKey);
}

/** Forgets the passphrase on this laptop: files made from now on are plain, by explicit choice only. */
export async function forgetFilePassphrase(): Promise<void> {
  await db.settings.delete(FILE_KEY);
  sessionKeys.length = 0;
}

/**
 * The usual bytes (a zip) of a backup or exchange file, encrypted or not: opened with the key
 * remembered here, one derived earlier in this session, or a passphrase `ask` gets from the person.
 * Writes nothing to the database; throws FileEnvelopeError when the file stays closed.
 */
export async function unsealBundle(bytes: Uint8Array, ask?: AskPassphrase): Promise<Uint8Array> {
  const { plain, newKey } = await openEncryptedFile(bytes, await knownFileKeys(), ask);
  if (newKey) keepSessionKey(newKey);
  return plain;
}

/** The keys that open files without asking: this laptop's, then those derived this session. */
export async function knownFileKeys(): Promise<FileKey[]> {
  const remembered = await rememberedFileKey();
  return remembered ? [remembered, ...sessionKeys] : [...sessionKeys];
}

/** A key derived from a colleague's passphrase (by the import worker): kept until the app closes. */
export function keepSessionKey(key: FileKey): void {
  sessionKeys.push(key);
}
