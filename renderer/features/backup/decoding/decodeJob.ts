import { decodeBundle } from '../../../db/backup/decodeBundle';
import { DEFAULT_LIMITS, type BundleLimits } from '../../../db/backup/format';
import { checkReferences } from '../../../db/backup/references';
import { openEncryptedFile, type AskPassphrase } from '../../../lib/crypto/openEncryptedFile';
import { readChosenFile } from '../readChosenFile';
import type { FromImportWorker, ToImportWorker } from './decodeMessages';
import { toWire } from './wireErrors';

type StartMessage = Extract<ToImportWorker, { type: 'start' }>;

/**
 * One import job, as the worker runs it and as the window runs it when no worker can start:
 * read the picked file, decrypt (asking through `ask` when no known key fits), unzip within the limits, check every file
 * and record, and for a backup every reference (a backup must be complete; an exchange file's
 * references are checked against the database by the window). Every outcome is a message;
 * nothing here touches the database.
 */
export async function runDecodeJob(
  start: StartMessage,
  post: (message: FromImportWorker) => void,
  ask: AskPassphrase,
  limits: BundleLimits = DEFAULT_LIMITS,
): Promise<void> {
  try {
    const { file } = start;
    post({
      type: 'progress',
      stage: 'reading',
      done: 0,
      total: file instanceof Blob ? file.size : file.length,
    });
    const bytes = file instanceof Blob ? await readChosenFile(file) : file;
    post({ type: 'progress', stage: 'decrypting', done: 0, total: bytes.length });
    const { plain, newKey } = await openEncryptedFile(bytes, start.keys, ask);
    const decoded = await decodeBundle(plain, limits, {
      onProgress: ({ done, total }) => post({ type: 'progress', stage: 'unpacking', done, total }),
    });
    if (start.purpose === 'backup') checkReferences(decoded.data);
    post({ type: 'done', decoded, newKey });
  } catch (error) {
    post({ type: 'failed', error: toWire(error) });
  }
}

/**
 * The worker's side of the conversation: the first message starts the job, later ones answer
 * its passphrase questions. Returned as a handler so tests drive it without a worker.
 */
export function importWorkerHandler(
  post: (message: FromImportWorker) => void,
  limits: BundleLimits = DEFAULT_LIMITS,
): (message: ToImportWorker) => void {
  let answer: ((passphrase: string | null) => void) | null = null;
  let started = false;
  const ask: AskPassphrase = (reason) =>
    new Promise((resolve) => {
      answer = resolve;
      post({ type: 'ask', reason });
    });
  return (message) => {
    if (message.type === 'passphrase') {
      const resolve = answer;
      answer = null;
      resolve?.(message.passphrase);
      return;
    }
    // One job per worker: the window starts a new worker for the next file.
    if (started) return;
    started = true;
    void runDecodeJob(message, post, ask, limits);
  };
}
