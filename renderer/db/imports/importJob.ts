import { DEFAULT_LIMITS, type BundleLimits } from '../backup/format';
import type { AskPassphrase, FileSecret } from '../../lib/crypto/openEncryptedFile';
import { readBundleJob } from './bundleJob';
import { createImportPacer, type ImportPacer } from './importPacer';
import type { FromImportWorker, ImportJob, ImportOutcome, ToImportWorker } from './importMessages';
import { readTourFileJob } from './tourFileJob';
import { readVcardJob } from './vcardJob';
import { toWire } from './wireErrors';

/** How many of a vCard job's entries one message carries (a few milliseconds to unpack). */
export const ENTRIES_PER_MESSAGE = 500;

/**
 * One import job, as the worker runs it and as the window runs it when no worker can start. Every
 * outcome is a message; nothing here touches the database.
 */
export async function runImportJob(
  job: ImportJob,
  post: (message: FromImportWorker) => void,
  ask: AskPassphrase,
  limits: BundleLimits = DEFAULT_LIMITS,
  pace?: () => Promise<void>,
): Promise<void> {
  const progress = (update: Omit<Extract<FromImportWorker, { type: 'progress' }>, 'type'>) =>
    post({ type: 'progress', ...update });
  try {
    let outcome: ImportOutcome;
    if (job.kind === 'bundle') outcome = await readBundleJob(job, progress, ask, limits);
    else if (job.kind === 'vcard') {
      const { entries } = await readVcardJob(job, progress, pace);
      for (let from = 0; from < entries.length; from += ENTRIES_PER_MESSAGE) {
        post({ type: 'entries', entries: entries.slice(from, from + ENTRIES_PER_MESSAGE) });
        await pace?.();
      }
      outcome = { kind: 'vcard', entries: [] };
    } else outcome = await readTourFileJob(job, progress);
    post({ type: 'done', outcome });
  } catch (error) {
    post({ type: 'failed', error: toWire(error) });
  }
}

/**
 * The worker's side of the conversation: the first message starts the job, later ones answer
 * its passphrase questions or ask it to give way to the window (`hold`). Returned as a handler so
 * tests drive it without a worker.
 */
export function importWorkerHandler(
  post: (message: FromImportWorker) => void,
  limits: BundleLimits = DEFAULT_LIMITS,
  pacer: ImportPacer = createImportPacer(),
): (message: ToImportWorker) => void {
  let answer: ((secret: FileSecret | null) => void) | null = null;
  let started = false;
  const ask: AskPassphrase = (question) =>
    new Promise((resolve) => {
      answer = resolve;
      post({ type: 'ask', question });
    });
  return (message) => {
    if (message.type === 'hold') return pacer.hold(message.ms);
    if (message.type === 'passphrase') {
      const resolve = answer;
      answer = null;
      resolve?.(message.secret);
      return;
    }
    // One job per worker: the window starts a new worker for the next file.
    if (started) return;
    started = true;
    void runImportJob(message.job, post, ask, limits, () => pacer.pace());
  };
}
