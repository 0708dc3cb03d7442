import jpeg from 'jpeg-js';
import { SeededRandom } from './random';

export interface GeneratedPhoto {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/**
 * A real baseline JPEG made of a colour gradient with seeded noise, encoded in pure JS (no native
 * image library). Noise is what keeps the file near the size of a phone photo: a smooth gradient
 * alone would compress to a few kilobytes. The default size gives files of roughly 200 KB.
 */
export function makePhoto(seed: number, width = 800, height = 600, quality = 80): GeneratedPhoto {
  const random = new SeededRandom(seed);
  const data = Buffer.alloc(width * height * 4);
  const base = [random.int(40, 200), random.int(40, 200), random.int(40, 200)] as const;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 4;
      const noise = (random.next() - 0.5) * 90;
      data[offset] = clamp(base[0] + (x / width) * 50 + noise);
      data[offset + 1] = clamp(base[1] + (y / height) * 50 + noise);
      data[offset + 2] = clamp(base[2] - ((x + y) / (width + height)) * 50 + noise);
      data[offset + 3] = 255;
    }
  }
  const encoded = jpeg.encode({ data, width, height }, quality);
  return { bytes: new Uint8Array(encoded.data), width, height };
}

function clamp(value: number): number {
  return value < 0 ? 0 : value > 255 ? 255 : Math.round(value);
}

/**
 * The same picture as a distinct file: a JPEG comment segment (COM, 0xFFFE) naming the copy is put
 * right after the start-of-image marker. Decoders skip comments, so it stays a valid JPEG, while
 * its bytes and hash differ. Encoding 300 noise images in pure JS would take minutes; a pool of
 * encoded pictures copied this way takes seconds and still gives 300 different attachments.
 */
export function distinctCopy(photo: GeneratedPhoto, label: string): GeneratedPhoto {
  const comment = new TextEncoder().encode(label);
  const segmentLength = comment.length + 2;
  const bytes = new Uint8Array(photo.bytes.length + segmentLength + 2);
  bytes.set(photo.bytes.subarray(0, 2), 0);
  bytes.set([0xff, 0xfe, segmentLength >> 8, segmentLength & 0xff], 2);
  bytes.set(comment, 6);
  bytes.set(photo.bytes.subarray(2), 6 + comment.length);
  return { ...photo, bytes };
}
