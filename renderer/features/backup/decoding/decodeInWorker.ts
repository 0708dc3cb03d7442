import type { DecodedBundle } from '../../../db/backup/decodeBundle';
import type { FileKey } from '../../../lib/crypto/fileEnvelope';
import type { AskPassphrase } from '../../../lib/crypto/openEncryptedFile';
import type { BundlePurpose, DecodeStage, FromImportWorker } from './decodeMessages';
import { runDecodeJob } from './decodeJob';
import { fromWire } from './wireErrors';

export interface ImportProgress {
  stage: DecodeStage;
  done: number;
  total: number;
}

export interface DecodeRequest {
  purpose: BundlePurpose;
  /**
   * The picked file (read in the worker), or the file's bytes: handed over to the worker (the
   * caller must not use them afterwards).
   */
  file: Uint8Array | Blob;
  keys: FileKey[];
  ask: AskPassphrase;
  onProgress: (progress: ImportProgress) => void;
  /** Aborting stops the decode at once (the worker is terminated); the promise rejects with ImportCancelled. */
  signal: AbortSignal;
}

export interface DecodeResult {
  decoded: DecodedBundle;
  /** A key derived from a typed passphrase, for the session's other files from that laptop. */
  newKey: FileKey | null;
}

/** The person pressed Cancel (or left the screen): nothing was written. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled');
    this.name = 'ImportCancelled';
  }
}

/** The worker's script did not load (blocked or missing): the window decodes instead. */
class WorkerUnavailable extends Error {}

/** Answers the job's messages: progress, questions, and the end (shared by both ways of running it). */
function answerer(
  request: DecodeRequest,
  settle: { resolve(result: DecodeResult): void; reject(error: Error): void },
  reply: (passphrase: string | null) => void,
) {
  return (message: FromImportWorker) => {
    if (request.signal.aborted) return;
    if (message.type === 'progress') request.onProgress(message);
    else if (message.type === 'ask') void request.ask(message.reason).then(reply);
    else if (message.type === 'done') settle.resolve({ decoded: message.decoded, newKey: message.newKey });
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

function decodeInWorker(request: DecodeRequest): Promise<DecodeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    let started = false;
    const finish = () => {
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
        resolve: (result) => (finish(), resolve(result)),
        reject: (error) => (finish(), reject(error)),
      },
      (passphrase) => worker.postMessage({ type: 'passphrase', passphrase }),
    );
    worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
      if (event.data.type !== 'ready') return answer(event.data);
      if (started) return;
      started = true;
      const { purpose, keys } = request;
      if (request.file instanceof Blob)
        return worker.postMessage({ type: 'start', purpose, file: request.file, keys });
      const file = ownBuffer(request.file);
      worker.postMessage({ type: 'start', purpose, file, keys }, { transfer: [file.buffer] });
    };
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
function decodeHere(request: DecodeRequest): Promise<DecodeResult> {
  return new Promise((resolve, reject) => {
    // The job cannot be interrupted here; Cancel still returns at once and its result is dropped.
    const abort = () => reject(new ImportCancelled());
    request.signal.addEventListener('abort', abort, { once: true });
    let reply: (passphrase: string | null) => void = () => undefined;
    const post = answerer(request, { resolve, reject }, (passphrase) => reply(passphrase));
    const ask = (reason: 'needed' | 'wrong') =>
      new Promise<string | null>((answered) => {
        reply = answered;
        post({ type: 'ask', reason });
      });
    void runDecodeJob(
      { type: 'start', purpose: request.purpose, file: request.file, keys: request.keys },
      post,
      ask,
    ).finally(() => request.signal.removeEventListener('abort', abort));
  });
}

/**
 * Decrypts, unzips and checks a backup or exchange file in a worker, so the window stays
 * responsive (and Cancel is answered) however large the file; the window does it only when no
 * worker can start.
 */
export async function decodeBundleFile(request: DecodeRequest): Promise<DecodeResult> {
  if (request.signal.aborted) throw new ImportCancelled();
  if (typeof Worker === 'undefined') return decodeHere(request);
  try {
    return await decodeInWorker(request);
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error;
    console.warn(error);
    return decodeHere(request);
  }
}
