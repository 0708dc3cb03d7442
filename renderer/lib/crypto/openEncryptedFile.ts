import {
  FileEnvelopeError,
  isEncryptedFile,
  keyFitsHeader,
  openFileWithKey,
  openFileWithPassphrase,
  readEnvelopeHeader,
  type FileKey,
} from './fileEnvelope';

/**
 * Asks the person for the file's passphrase: `needed` the first time, `wrong` after a wrong one.
 * Resolves null when they give up.
 */
export type AskPassphrase = (reason: 'needed' | 'wrong') => Promise<string | null>;

export interface OpenedFile {
  /** The file's usual bytes: the zip, decrypted, or the plain file as it came. */
  plain: Uint8Array;
  /** The key the file was opened with, derived from a typed passphrase (null: a plain file or a known key). */
  newKey: FileKey | null;
}

/**
 * Opens a backup or exchange file, encrypted or not: a plain file passes through; an encrypted
 * one is opened with a key already derived for its salt (`keys`), or else with a passphrase asked
 * for until it is right or the person gives up. Throws FileEnvelopeError: `passphrase-needed`
 * (nobody to ask, or given up), `wrong-passphrase` (given up after a wrong one), `damaged`,
 * `bad-header`.
 */
export async function openEncryptedFile(
  bytes: Uint8Array,
  keys: readonly FileKey[],
  ask?: AskPassphrase,
): Promise<OpenedFile> {
  if (!isEncryptedFile(bytes)) return { plain: bytes, newKey: null };
  const header = readEnvelopeHeader(bytes);
  const known = keys.find((key) => keyFitsHeader(key, header));
  if (known) return { plain: await openFileWithKey(bytes, header, known), newKey: null };
  let reason: 'needed' | 'wrong' = 'needed';
  for (;;) {
    const passphrase = ask ? await ask(reason) : null;
    if (passphrase === null)
      throw new FileEnvelopeError(reason === 'wrong' ? 'wrong-passphrase' : 'passphrase-needed');
    try {
      const opened = await openFileWithPassphrase(bytes, passphrase);
      return { plain: opened.plain, newKey: opened.key };
    } catch (error) {
      if (!(error instanceof FileEnvelopeError) || error.code !== 'wrong-passphrase') throw error;
      reason = 'wrong';
    }
  }
}
