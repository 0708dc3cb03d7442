/** Photos are downscaled on import so that a day of visits does not fill the laptop's disk. */
export const PHOTO_MAX_SIDE = 2000;
export const THUMBNAIL_MAX_SIDE = 320;
export const PHOTO_JPEG_QUALITY = 0.85;
export const THUMBNAIL_JPEG_QUALITY = 0.75;
/** Files above this are refused before decoding: a bigger "photo" is almost surely not one. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
/** Attached material files (laws, slides) are kept as they are, up to this size. */
export const MAX_MATERIAL_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Why an image was refused; the interface turns the code into a message in its language.
 * `heic`: an iPhone's HEIC/HEIF photo this browser engine cannot decode (Chromium cannot).
 */
export type ImageProblem = 'tooLarge' | 'tooManyPixels' | 'notAnImage' | 'broken' | 'heic';

export class ImageImportError extends Error {
  constructor(
    readonly problem: ImageProblem,
    readonly fileName: string,
  ) {
    super(`${fileName}: ${problem}`);
    this.name = 'ImageImportError';
  }
}

// HEIC/HEIF are let through to the decoder: where it cannot read them, the user is told why (`heic`).
const IMAGE_EXTENSIONS = /\.(jpe?g|png|gif|webp|bmp|avif|heic|heif)$/i;
const HEIC = /\.(heic|heif)$/i;

/** An iPhone's HEIC/HEIF photo, by its declared type or its name. */
export function isHeic(file: { name: string; type: string }): boolean {
  return /^image\/hei[cf](-sequence)?$/i.test(file.type) || HEIC.test(file.name);
}

/** Checks that can be made before decoding: size and declared type. */
export function precheckImage(file: { name: string; size: number; type: string }): ImageProblem | null {
  if (file.size > MAX_IMAGE_BYTES) return 'tooLarge';
  if (file.size === 0) return 'broken';
  const declaredImage =
    file.type.startsWith('image/') || (file.type === '' && IMAGE_EXTENSIONS.test(file.name)) || isHeic(file);
  // SVG is a document, not a photo: it could carry scripts and has no pixels to downscale.
  if (!declaredImage || file.type === 'image/svg+xml') return 'notAnImage';
  return null;
}

/** "IMG_2040.HEIC" → "IMG_2040.jpg": the stored photo is always a JPEG. */
export function jpegFileName(original: string): string {
  const base = original.replace(/\.[^./\\]+$/, '');
  return `${base === '' ? 'photo' : base}.jpg`;
}
