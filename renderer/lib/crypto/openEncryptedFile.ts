import {
  FileEnvelopeError,
  isEncryptedFile,
  keyFitsHeader,
  openFileWithKey,
  openFileWithPassphrase,
  openFileWithRecoveryKey,
  readEnvelopeHeader,
  type FileKey,
} from './fileEnvelope';

/** What the person typed to open a file: its passphrase, or the recovery key of the laptop that made it. */
export interface FileSecret {
  kind: 'passphrase' | 'recoveryKey';
  text: string;
}

export interface FileQuestion {
  /** `needed` the first time; after a refusal, which of the two was wrong. */
  reason: 'needed' | 'wrong-passphrase' | 'wrong-recovery-key';
  /** The file has a recovery slot: the recovery key may be given instead of the passphrase. */
  recoveryKey: boolean;
}

/**
 * Asks the person for what opens the file, until it is right; resolves null when they give up.
 */
export type AskPassphrase = (question: FileQuestion) => Promise<FileSecret | null>;

export interface OpenedFile {
  /** The file's usual bytes: the zip, decrypted, or the plain file as it came. */
  plain: Uint8Array;
  /**
   * The key the file was opened with, derived from a typed passphrase (null: a plain file, a known
   * key, or the recovery key, which is never kept).
   */
  newKey: FileKey | null;
}

/**
 * Opens a backup or exchange file, encrypted or not: a plain file passes through; an encrypted
 * one is opened with a key already derived for its salt (`keys`), or else with a passphrase (or
 * the recovery key, for a file with a recovery slot) asked for until it is right or the person
 * gives up. Throws FileEnvelopeError: `passphrase-needed` (nobody to ask, or given up),
 * `wrong-passphrase` or `wrong-recovery-key` (given up after a wrong one), `damaged`, `bad-header`.
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
  const question: FileQuestion = { reason: 'needed', recoveryKey: header.recoverySlot !== null };
  for (;;) {
    const secret = ask ? await ask({ ...question }) : null;
    if (secret === null)
      throw new FileEnvelopeError(question.reason === 'needed' ? 'passphrase-needed' : question.reason);
    try {
      if (secret.kind === 'recoveryKey')
        return { plain: await openFileWithRecoveryKey(bytes, secret.text), newKey: null };
      const opened = await openFileWithPassphrase(bytes, secret.text);
      return { plain: opened.plain, newKey: opened.key };
    } catch (error) {
      if (!(error instanceof FileEnvelopeError)) throw error;
      if (error.code !== 'wrong-passphrase' && error.code !== 'wrong-recovery-key') throw error;
      question.reason = error.code;
    }
  }
}
