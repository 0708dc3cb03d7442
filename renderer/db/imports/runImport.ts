import type { AskPassphrase, FileQuestion, FileSecret } from '../../lib/crypto/openEncryptedFile';
import { ImportCancelled, type ImportProgress, type InspectJob } from '../../domain/imports/importProgress';
import { holdWhileThePersonActs } from './holdForInput';
import { makeImportWorker, takeSpareWorker } from './spareWorker';
import type { FromImportWorker, ImportJob, ImportOutcome, OutcomeOf, ToImportWorker } from './importMessages';
import { runImportJob } from './importJob';
import { fromWire } from './wireErrors';
import type { ImportEntry } from '../../domain/vcard/importPlan';

export interface ImportRequest<Job extends ImportJob> extends InspectJob {
  /**
   * What to read. `job.file`: the picked file (read in the worker), or the file's bytes: handed over
   * to the worker (the caller must not use them afterwards).
   */
  job: Job;
  /** Asked when an encrypted file opens with no known key (bundles only). */
  ask?: AskPassphrase;
}

/** The worker's script did not load (blocked or missing): the window reads the file instead. */
class WorkerUnavailable extends Error {}

const nobodyToAsk: AskPassphrase = async () => null;

/** Answers the job's messages: progress, questions, and the end (shared by both ways of running it). */
function answerer(
  request: ImportRequest<ImportJob>,
  settle: { resolve(outcome: ImportOutcome): void; reject(error: Error): void },
  reply: (secret: FileSecret | null) => void,
) {
  const ask = request.ask ?? nobodyToAsk;
  // A vCard job's entries arrive in slices before its end (importMessages.ts).
  const slices: ImportEntry[][] = [];
  return (message: FromImportWorker) => {
    if (request.signal.aborted) return;
    if (message.type === 'progress') {
      const { stage, done, total } = message;
      request.onProgress({ stage, done, total } satisfies ImportProgress);
    } else if (message.type === 'ask') void ask(message.question).then(reply);
    else if (message.type === 'entries') slices.push(message.entries);
    else if (message.type === 'done')
      settle.resolve(
        message.outcome.kind === 'vcard'
          ? { kind: 'vcard', entries: [...slices.flat(), ...message.outcome.entries] }
          : message.outcome,
      );
    else if (message.type === 'failed') settle.reject(fromWire(message.error));
  };
}

/** A copy only when the bytes are a view of a larger buffer (a transfer moves the whole buffer). */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  )
    return bytes as Uint8Array<ArrayBuffer>;
  return bytes.slice();
}

function runInWorker(request: ImportRequest<ImportJob>): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    // A worker made ready in advance (the dialog opened) if there is one (spareWorker.ts).
    const spare = takeSpareWorker();
    const worker = spare?.worker ?? makeImportWorker();
    let started = false;
    // While the worker reads, it gives way to the window whenever the person acts (importPacer.ts).
    const stopHolding =
      typeof window === 'undefined'
        ? () => undefined
        : holdWhileThePersonActs(window, (ms) =>
            worker.postMessage({ type: 'hold', ms } satisfies ToImportWorker),
          );
    const finish = () => {
      stopHolding();
      worker.terminate();
      request.signal.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new ImportCancelled());
    };
    request.signal.addEventListener('abort', abort);
    const answer = answerer(
      request,
      {
        resolve: (outcome) => (finish(), resolve(outcome)),
        reject: (error) => (finish(), reject(error)),
      },
      (secret) => worker.postMessage({ type: 'passphrase', secret }),
    );
    const start = () => {
      if (started) return;
      started = true;
      const { job } = request;
      if (job.file instanceof Blob) return worker.postMessage({ type: 'start', job });
      const file = ownBuffer(job.file);
      worker.postMessage({ type: 'start', job: { ...job, file } }, { transfer: [file.buffer] });
    };
    worker.onmessage = (event: MessageEvent<FromImportWorker>) =>
      event.data.type === 'ready' ? start() : answer(event.data);
    if (spare?.ready) start();
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      // Before the hand-over the bytes are still here and the window can do the work itself.
      reject(
        started
          ? new Error(event.message || 'The import worker stopped')
          : new WorkerUnavailable(event.message || 'The import worker did not start'),
      );
    };
  });
}

/** Where no worker can run (unit tests in jsdom, a blocked script): the same job on this thread. */
function runHere(request: ImportRequest<ImportJob>): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    // The job cannot be interrupted here; Cancel still returns at once and its result is dropped.
    const abort = () => reject(new ImportCancelled());
    request.signal.addEventListener('abort', abort, { once: true });
    let reply: (secret: FileSecret | null) => void = () => undefined;
    const post = answerer(request, { resolve, reject }, (secret) => reply(secret));
    const ask = (question: FileQuestion) =>
      new Promise<FileSecret | null>((answered) => {
        reply = answered;
        post({ type: 'ask', question });
      });
    void runImportJob(request.job, post, ask).finally(() =>
      request.signal.removeEventListener('abort', abort),
    );
  });
}

/**
 * Reads a file brought in (backup, exchange file, vCard, tour file) in a worker, so the window stays
 * responsive (and Cancel is answered) however large the file; the window does it only when no
 * worker can start. Nothing is written: the caller previews the outcome and writes it when
 * confirmed. Cancel (`signal`) rejects with ImportCancelled at once.
 */
export async function runImport<Job extends ImportJob>(request: ImportRequest<Job>): Promise<OutcomeOf<Job>> {
  if (request.signal.aborted) throw new ImportCancelled();
  const outcome = await runAnywhere(request);
  // The worker answers the job it was given: the outcome is of the job's kind.
  if (outcome.kind !== request.job.kind) throw new Error(`The import worker answered a ${outcome.kind} job`);
  return outcome as OutcomeOf<Job>;
}

async function runAnywhere(request: ImportRequest<ImportJob>): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') return runHere(request);
  try {
    return await runInWorker(request);
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error;
    console.warn(error);
    return runHere(request);
  }
}
