/// <reference lib="webworker" />
/**
 * Decodes and downscales photos away from the window's thread: a 12-megapixel JPEG takes seconds
 * to decode and resample, and on the main thread that froze the form (and Save raced it).
 * One message per file; the answer is a stage update, then the photo or the reason it was refused.
 */
import { ImageImportError } from '../../../domain/images/imageRules';
import { downscaleImage } from './downscaleImage';
import type { PhotoJob, PhotoWorkerMessage } from './photoMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<PhotoJob>) => {
  const { id, file } = event.data;
  const post = (message: PhotoWorkerMessage) => scope.postMessage(message);
  try {
    const photo = await downscaleImage(file, (stage) => post({ id, type: 'stage', stage }));
    post({ id, type: 'done', photo });
  } catch (cause) {
    post({ id, type: 'failed', problem: cause instanceof ImageImportError ? cause.problem : 'broken' });
  }
};
