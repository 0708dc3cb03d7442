import type { NewPhoto } from '../../../db/findings';
import type { ImageProblem } from '../../../domain/images/imageRules';
import type { PhotoStage } from './downscaleImage';

/** What the window asks the photo worker: prepare this file. */
export interface PhotoJob {
  id: number;
  file: File;
}

/** What the worker answers: the step it is at, then the photo or why it cannot be used. */
export type PhotoWorkerMessage =
  | { id: number; type: 'stage'; stage: PhotoStage }
  | { id: number; type: 'done'; photo: NewPhoto }
  | { id: number; type: 'failed'; problem: ImageProblem };
