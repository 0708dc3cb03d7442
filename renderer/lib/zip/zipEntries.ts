/**
 * The entries of a zip as they are stored (compressed bytes, checksum, sizes), read from its
 * central directory without inflating or copying anything: `data` is a view of the zip's bytes.
 * Only the simple zips fflate writes (what `docx` and this app's backups are), with or without a
 * comment after the end record (some zip tools add one); no zip64. Anything else, and anything pointing outside the bytes, is a MalformedZipError; the
 * caller then falls back to fflate's reader. It checks no checksum either: backups are checked
 * against their manifest's SHA-256 (db/backup/decodeBundle.ts).
 */
export interface ZipEntry {
  /** The name as stored (UTF-8 when bit 11 of `flags` is set). */
  name: Uint8Array;
  flags: number;
  /** 0 stored, 8 deflated. */
  compression: number;
  /** MS-DOS time and date of the entry. */
  time: number;
  date: number;
  crc: number;
  size: number;
  /** The stored bytes: compressed when `compression` is 8. */
  data: Uint8Array;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export class MalformedZipError extends Error {
  constructor(what: string) {
    super(`Not a zip as fflate writes them: ${what}`);
    this.name = 'MalformedZipError';
  }
}

export function readZipEntries(zip: Uint8Array): ZipEntry[] {
  try {
    return readEntries(zip);
  } catch (error) {
    // A read past the end (a DataView's RangeError) is a malformed zip like any other.
    if (error instanceof RangeError) throw new MalformedZipError(error.message);
    throw error;
  }
}

/** The end record: the last 22 bytes, or earlier by the length of a comment (at most 65,535 bytes). */
function findEndRecord(zip: Uint8Array, view: DataView): number {
  const last = zip.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY && view.getUint16(at + 20, true) === last - at)
      return at;
  }
  throw new MalformedZipError('no end record');
}

function readEntries(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndRecord(zip, view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new MalformedZipError(`directory entry ${index}`);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new MalformedZipError(`local header ${index}`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const compressedSize = view.getUint32(at + 20, true);
    // Views clamp silently where reads would fail: entries must lie within the bytes.
    if (at + 46 + nameLength > zip.length || dataStart + compressedSize > zip.length)
      throw new MalformedZipError(`entry ${index} outside the file`);
    entries.push({
      name: zip.subarray(at + 46, at + 46 + nameLength),
      flags: view.getUint16(at + 8, true),
      compression: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      data: zip.subarray(dataStart, dataStart + compressedSize),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
