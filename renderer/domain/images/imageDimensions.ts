/**
 * An image's width and height read from its header, without decoding it: a 20000×20000 PNG is a
 * few megabytes on disk but 1.6 GB once decoded, and took 39 s before it could be refused.
 * PNG, JPEG, GIF, WebP and BMP; null when the header is not one of them or is cut short (the
 * decoder then decides).
 */
export interface ImageDimensions {
  width: number;
  height: number;
}

/** Above this, a "photo" is refused before decoding (100 megapixels: twice a professional camera's). */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** How many bytes of the file the header reader needs at most (a JPEG's EXIF comes before its size). */
export const IMAGE_HEADER_BYTES = 512 * 1024;

export function readImageDimensions(bytes: Uint8Array): ImageDimensions | null {
  if (bytes.length < 10) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
      return { width: view.getUint32(16), height: view.getUint32(20) };
    if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]))
      return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
    if (startsWith(bytes, [0x42, 0x4d]))
      return { width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) };
    if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && ascii(bytes, 8, 4) === 'WEBP')
      return webp(bytes, view);
    if (startsWith(bytes, [0xff, 0xd8])) return jpeg(bytes, view);
  } catch (error) {
    if (error instanceof RangeError) return null; // the header is cut short
    throw error;
  }
  return null;
}

/** True when the header says the image has more pixels than MAX_IMAGE_PIXELS. */
export function hasTooManyPixels(bytes: Uint8Array): boolean {
  const size = readImageDimensions(bytes);
  return size !== null && size.width * size.height > MAX_IMAGE_PIXELS;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

/** A little-endian 24-bit number (WebP's canvas sizes). */
const uint24 = (view: DataView, at: number) => view.getUint16(at, true) + (view.getUint8(at + 2) << 16);

function webp(bytes: Uint8Array, view: DataView): ImageDimensions | null {
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8X') return { width: 1 + uint24(view, 24), height: 1 + uint24(view, 27) };
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ')
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  return null;
}

// Start-of-frame markers carry the size: SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpeg(bytes: Uint8Array, view: DataView): ImageDimensions | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or the data begins
    if (isStartOfFrame(marker)) return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}
