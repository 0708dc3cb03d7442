import { captureInstant, type ExifTimeTags } from '../../../domain/images/captureTime';

/** EXIF sits at the start of a JPEG (APP1, at most 64 KB) and near the start of a HEIC: this is plenty. */
const EXIF_BYTES = 256 * 1024;
const TIME_TAGS = ['DateTimeOriginal', 'OffsetTimeOriginal', 'CreateDate', 'OffsetTimeDigitized'];

/**
 * When a photo was taken, from its EXIF (domain captureInstant: the camera's wall clock read in the
 * venue's time zone), or null when it says nothing. Only the file's first bytes are read; the
 * EXIF reader (exifr) loads on the first import. Values are taken raw: exifr would otherwise read
 * the wall clock in the laptop's own time zone.
 */
export async function readCaptureTime(file: Blob, venueTimeZone: string): Promise<string | null> {
  const { parse } = await import('exifr');
  try {
    const bytes = await file.slice(0, EXIF_BYTES).arrayBuffer();
    const tags = (await parse(bytes, { pick: TIME_TAGS, reviveValues: false })) as ExifTimeTags | undefined;
    return tags ? captureInstant(tags, venueTimeZone) : null;
  } catch {
    // Not a format the reader knows, or damaged EXIF: the photo is kept, unsorted.
    return null;
  }
}
