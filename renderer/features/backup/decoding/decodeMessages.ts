import type { DecodedBundle } from '../../../db/backup/decodeBundle';
import type { BackupErrorCode, BackupErrorDetails } from '../../../db/backup/errors';
import type { FileEnvelopeErrorCode, FileKey } from '../../../lib/crypto/fileEnvelope';

/**
 * The conversation between the window and the import worker (importWorker.ts). The window starts
 * one job per worker with the file's bytes (transferred, not copied) and the keys it already
 * knows; the worker answers with progress, perhaps a question for the passphrase, and finally the
 * checked bundle or the reason it was refused. Cancelling is terminating the worker: it writes
 * nothing, so there is nothing to undo.
 */
export type BundlePurpose = 'backup' | 'exchange';

export type ToImportWorker =
  /** `file`: the bytes, or the picked file itself, read in the worker. */
  | { type: 'start'; purpose: BundlePurpose; file: Uint8Array | Blob; keys: FileKey[] }
  /** The answer to `ask`: the typed passphrase, or null when the person gave up. */
  | { type: 'passphrase'; passphrase: string | null };

/** The step the worker is on: decrypting has no measure of its own (one WebCrypto call). */
export type DecodeStage = 'reading' | 'decrypting' | 'unpacking';

export type FromImportWorker =
  /** The worker's script has loaded: the file can be handed over (transferred) now. */
  | { type: 'ready' }
  | { type: 'progress'; stage: DecodeStage; done: number; total: number }
  | { type: 'ask'; reason: 'needed' | 'wrong' }
  | { type: 'done'; decoded: DecodedBundle; newKey: FileKey | null }
  | { type: 'failed'; error: WireError };

/** An error as it crosses to the window (class instances lose their class in a message). */
export type WireError =
  | { kind: 'backup'; code: BackupErrorCode; details: BackupErrorDetails }
  | { kind: 'envelope'; code: FileEnvelopeErrorCode }
  | { kind: 'read' }
  | { kind: 'other'; message: string };
