/**
 * A JPEG's EXIF block made here, byte by byte (no binary fixtures in the repository): an APP1
 * segment with IFD0 pointing at an Exif IFD holding DateTimeOriginal ("2010:09:20 10:15:00") and,
 * when given, OffsetTimeOriginal ("+02:00"), as a phone writes them.
 */
export interface ExifTimes {
  dateTimeOriginal?: string;
  offsetTimeOriginal?: string;
}

const ASCII = 2;
const LONG = 4;

function asciiValue(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0)).concat(0);
}

/** The TIFF structure of the EXIF block, little-endian. */
function tiff(times: ExifTimes): Uint8Array {
  const entries: { tag: number; value: number[] }[] = [];
  if (times.dateTimeOriginal !== undefined)
    entries.push({ tag: 0x9003, value: asciiValue(times.dateTimeOriginal) });
  if (times.offsetTimeOriginal !== undefined)
    entries.push({ tag: 0x9011, value: asciiValue(times.offsetTimeOriginal) });
  const bytes: number[] = [];
  const u16 = (value: number) => bytes.push(value & 0xff, (value >> 8) & 0xff);
  const u32 = (value: number) =>
    bytes.push(value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >>> 24);
  // Header: "II", 42, IFD0 at 8.
  bytes.push(0x49, 0x49);
  u16(42);
  u32(8);
  // IFD0: one entry, the Exif IFD pointer; the Exif IFD follows at 8 + 2 + 12 + 4 = 26.
  const exifIfd = 26;
  u16(1);
  u16(0x8769);
  u16(LONG);
  u32(1);
  u32(exifIfd);
  u32(0);
  // Exif IFD: entries, then their values after it.
  let valueAt = exifIfd + 2 + entries.length * 12 + 4;
  u16(entries.length);
  for (const entry of entries) {
    u16(entry.tag);
    u16(ASCII);
    u32(entry.value.length);
    if (entry.value.length <= 4) {
      const inline = [...entry.value, 0, 0, 0, 0].slice(0, 4);
      bytes.push(...inline);
    } else {
      u32(valueAt);
      valueAt += entry.value.length;
    }
  }
  u32(0);
  for (const entry of entries) if (entry.value.length > 4) bytes.push(...entry.value);
  return Uint8Array.from(bytes);
}

/** An APP1 EXIF segment (marker included). */
export function exifSegment(times: ExifTimes): Uint8Array {
  const body = [...'Exif'].map((char) => char.charCodeAt(0)).concat(0, 0, ...tiff(times));
  const length = body.length + 2;
  return Uint8Array.from([0xff, 0xe1, length >> 8, length & 0xff, ...body]);
}

/** Puts an EXIF segment right after a JPEG's start-of-image marker. */
export function withExif(jpeg: Uint8Array, times: ExifTimes): Uint8Array {
  const segment = exifSegment(times);
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2), 0);
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}

/** A JPEG holding only its EXIF block (start, APP1, end): enough to read the capture time from. */
export function exifOnlyJpeg(times: ExifTimes): Uint8Array {
  return withExif(Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]), times);
}
