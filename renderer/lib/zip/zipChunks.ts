import type { ZipEntry } from './zipEntries';

/**
 * A zip of the entries, in their order, as chunks to write one after another: entries' bytes are
 * passed on, not copied (a report's photos are 60 MB). Sizes go in the local headers, with no data
 * descriptors, which some readers of Office files do not accept.
 */
const VERSION = 20;
const NO_DATA_DESCRIPTOR = ~0x8;
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

export class ZipTooLargeError extends Error {
  constructor() {
    super('The document is too large for a .docx file (over 4 GB or 65,535 parts)');
    this.name = 'ZipTooLargeError';
  }
}

function header(entry: ZipEntry, central: boolean, offset: number): Uint8Array {
  const fixed = central ? 46 : 30;
  const bytes = new Uint8Array(fixed + entry.name.length);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const u16 = (value: number) => (view.setUint16(at, value, true), (at += 2));
  const u32 = (value: number) => (view.setUint32(at, value, true), (at += 4));
  u32(central ? 0x02014b50 : 0x04034b50);
  if (central) u16(VERSION);
  u16(VERSION);
  u16(entry.flags & NO_DATA_DESCRIPTOR);
  u16(entry.compression);
  u16(entry.time);
  u16(entry.date);
  u32(entry.crc);
  u32(entry.data.length);
  u32(entry.size);
  u16(entry.name.length);
  u16(0); // no extra field
  if (central) {
    u16(0); // no comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offset);
  }
  bytes.set(entry.name, fixed);
  return bytes;
}

export function zipChunks(entries: readonly ZipEntry[]): Uint8Array[] {
  if (entries.length > MAX_ENTRIES) throw new ZipTooLargeError();
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    offsets.push(offset);
    const local = header(entry, false, 0);
    chunks.push(local, entry.data);
    offset += local.length + entry.data.length;
  }
  const directoryStart = offset;
  for (const [index, entry] of entries.entries()) {
    const central = header(entry, true, offsets[index] ?? 0);
    chunks.push(central);
    offset += central.length;
  }
  if (offset > MAX_OFFSET) throw new ZipTooLargeError();
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, offset - directoryStart, true);
  view.setUint32(16, directoryStart, true);
  chunks.push(end);
  return chunks;
}

/** The chunks as one array of bytes (one copy), for callers that need a single buffer. */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}
