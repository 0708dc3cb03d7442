import type { FromImportWorker } from './importMessages';

/**
 * An import worker started before it is needed: when the vCard dialog opens, the worker's script
 * (some 430 KB) loads and compiles while the person picks a file, instead of just after, when they
 * may already be clicking elsewhere in the window (its compiling competed with the window's answer).
 */
interface Spare {
  worker: Worker;
  /** Whether its script has loaded (it said `ready`). */
  ready: boolean;
}

let spare: Spare | null = null;

export const makeImportWorker = () =>
  new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });

/**
 * Starts a spare import worker if there is none (and workers exist here). Returns the way to drop
 * it when it is not needed after all (the dialog closed with no file chosen); once taken, dropping
 * does nothing.
 */
export function prepareImportWorker(make: () => Worker = makeImportWorker): () => void {
  if (typeof Worker === 'undefined' || spare) return () => undefined;
  const made: Spare = { worker: make(), ready: false };
  made.worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
    if (event.data.type === 'ready') made.ready = true;
  };
  // A script that cannot load is no spare: the job will make its own worker (and fall back).
  made.worker.onerror = (event) => {
    event.preventDefault();
    drop(made);
  };
  spare = made;
  return () => drop(made);
}

function drop(made: Spare) {
  if (spare !== made) return;
  spare = null;
  made.worker.terminate();
}

/** The spare worker, taken for a job (it will not be dropped), or null when there is none. */
export function takeSpareWorker(): { worker: Worker; ready: boolean } | null {
  const taken = spare;
  spare = null;
  if (taken) taken.worker.onmessage = taken.worker.onerror = null;
  return taken;
}
