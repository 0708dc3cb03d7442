import type { NewPhoto } from '../../../db/findings';
import { ImageImportError } from '../../../domain/images/imageRules';
import type { PhotoStage } from './downscaleImage';
import type { PhotoWorkerMessage } from './photoMessages';

/** Prepares photos one after another; `close` frees the worker when the batch is done. */
export interface PhotoPreparer {
  prepare(file: File, onStage: (stage: PhotoStage) => void): Promise<NewPhoto>;
  close(): void;
}

/** The worker could not start (a blocked or missing script): the main thread takes over. */
class WorkerUnavailable extends Error {}

function workerPreparer(): PhotoPreparer {
  const worker = new Worker(new URL('./photoWorker.ts', import.meta.url), { type: 'module' });
  let nextId = 0;
  const waiting = new Map<
    number,
    {
      resolve(photo: NewPhoto): void;
      reject(error: Error): void;
      onStage(stage: PhotoStage): void;
      file: File;
    }
  >();
  worker.onmessage = (event: MessageEvent<PhotoWorkerMessage>) => {
    const message = event.data;
    const job = waiting.get(message.id);
    if (!job) return;
    if (message.type === 'stage') return job.onStage(message.stage);
    waiting.delete(message.id);
    if (message.type === 'done') job.resolve(message.photo);
    else job.reject(new ImageImportError(message.problem, job.file.name));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const job of waiting.values()) job.reject(new WorkerUnavailable(event.message || 'no photo worker'));
    waiting.clear();
  };
  return {
    prepare(file, onStage) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject, onStage, file });
        worker.postMessage({ id, file });
      });
    },
    close: () => worker.terminate(),
  };
}

/** Where no worker can run (unit tests in jsdom, a very old engine): the same steps here. */
function mainThreadPreparer(): PhotoPreparer {
  return {
    async prepare(file, onStage) {
      // Image handling loads on demand: most sessions never add a photo.
      const { downscaleImage } = await import('./downscaleImage');
      return downscaleImage(file, onStage);
    },
    close: () => undefined,
  };
}

function workersAvailable(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';
}

/**
 * Prepares photos in a worker, off the window's thread, so the form stays responsive; falls back
 * to the main thread only when a worker cannot run at all.
 */
export function openPhotoPreparer(): PhotoPreparer {
  if (!workersAvailable()) return mainThreadPreparer();
  let current = workerPreparer();
  let fellBack = false;
  return {
    async prepare(file, onStage) {
      try {
        return await current.prepare(file, onStage);
      } catch (error) {
        if (!(error instanceof WorkerUnavailable) || fellBack) throw error;
        console.warn(error);
        fellBack = true;
        current.close();
        current = mainThreadPreparer();
        return current.prepare(file, onStage);
      }
    },
    close: () => current.close(),
  };
}
