import { fitWithin, type Size } from '../../../domain/images/fitWithin';
import {
  ImageImportError,
  isHeic,
  jpegFileName,
  precheckImage,
  PHOTO_JPEG_QUALITY,
  PHOTO_MAX_SIDE,
  THUMBNAIL_JPEG_QUALITY,
  THUMBNAIL_MAX_SIDE,
} from '../../../domain/images/imageRules';
import type { NewPhoto } from '../../../db/findings';
import { hasTooManyPixels, IMAGE_HEADER_BYTES } from '../../../domain/images/imageDimensions';

/** The steps of preparing one photo, reported as they start (the form shows them as progress). */
export type PhotoStage = 'waiting' | 'decoding' | 'resizing' | 'thumbnail';

/** Draws the bitmap at the given size on a white ground (JPEG has no transparency) and encodes a JPEG. */
async function encodeJpeg(bitmap: ImageBitmap, size: Size, quality: number): Promise<Blob> {
  // In the worker (and in any modern window) OffscreenCanvas; the DOM canvas only where it is missing.
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    paint(context, bitmap, size);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  paint(context, bitmap, size);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('JPEG encoding failed'))),
      'image/jpeg',
      quality,
    ),
  );
}

function paint(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  bitmap: ImageBitmap,
  size: Size,
): void {
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
}

/**
 * Turns a picked or dropped file into a photo ready to store: at most 2000 px on the long side
 * as JPEG, plus a thumbnail, keeping the aspect ratio and the camera's orientation.
 * Throws ImageImportError ('tooLarge' | 'tooManyPixels' | 'notAnImage' | 'broken') with nothing stored.
 * Runs in the photo worker (photoWorker.ts); on the main thread only where no worker can run.
 */
export async function downscaleImage(
  file: File,
  onStage: (stage: PhotoStage) => void = () => undefined,
): Promise<NewPhoto> {
  const problem = precheckImage(file);
  if (problem) throw new ImageImportError(problem, file.name);
  // The header says how big the decoded image would be; a giant is refused before it is decoded.
  if (hasTooManyPixels(new Uint8Array(await file.slice(0, IMAGE_HEADER_BYTES).arrayBuffer())))
    throw new ImageImportError('tooManyPixels', file.name);
  onStage('decoding');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new ImageImportError(isHeic(file) ? 'heic' : 'broken', file.name);
  }
  try {
    const original = { width: bitmap.width, height: bitmap.height };
    if (original.width === 0 || original.height === 0) throw new ImageImportError('broken', file.name);
    const size = fitWithin(original, PHOTO_MAX_SIDE);
    onStage('resizing');
    const blob = await encodeJpeg(bitmap, size, PHOTO_JPEG_QUALITY);
    onStage('thumbnail');
    const thumbnail = await encodeJpeg(
      bitmap,
      fitWithin(original, THUMBNAIL_MAX_SIDE),
      THUMBNAIL_JPEG_QUALITY,
    );
    return {
      blob,
      thumbnail,
      width: size.width,
      height: size.height,
      fileName: jpegFileName(file.name),
      mimeType: 'image/jpeg',
    };
  } finally {
    bitmap.close();
  }
}
