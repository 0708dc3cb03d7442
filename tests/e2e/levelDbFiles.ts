/**
 * What a browser profile's IndexedDB files hold, as bytes to search. Chromium keeps IndexedDB in
 * LevelDB: its log files split records into 32 KiB blocks, each with a 7-byte header (a string
 * across a boundary would be missed), and its table files (.ldb) compress blocks with Snappy (a
 * repeated part of a string becomes a back-reference). So each file is searched as it is and as
 * LevelDB reads it: the log's records joined, the tables' blocks decompressed.
 */

const LOG_BLOCK = 32_768;
const LOG_HEADER = 7;
const TABLE_FOOTER = 48;
const BLOCK_TRAILER_TYPE_SNAPPY = 1;

/** The records of a LevelDB log file, joined. */
export function logRecords(file: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let block = 0; block < file.length; block += LOG_BLOCK) {
    const end = Math.min(block + LOG_BLOCK, file.length);
    for (let at = block; at + LOG_HEADER <= end;) {
      const length = file.readUInt16LE(at + 4);
      const type = file[at + 6];
      if (type === 0 && length === 0) break; // The block's zero padding.
      parts.push(file.subarray(at + LOG_HEADER, at + LOG_HEADER + length));
      at += LOG_HEADER + length;
    }
  }
  return Buffer.concat(parts);
}

interface Cursor {
  at: number;
}

function varint(bytes: Buffer, cursor: Cursor): number {
  let value = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[cursor.at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}

/** Snappy's raw format: a length, then literals and copies of what was already written. */
export function snappyDecompress(input: Buffer): Buffer {
  const cursor = { at: 0 };
  const output = Buffer.alloc(varint(input, cursor));
  let out = 0;
  let at = cursor.at;
  while (at < input.length) {
    const tag = input[at++]!;
    if ((tag & 3) === 0) {
      let length = tag >> 2;
      if (length >= 60) {
        const bytes = length - 59;
        length = input.readUIntLE(at, bytes);
        at += bytes;
      }
      length += 1;
      input.copy(output, out, at, at + length);
      out += length;
      at += length;
      continue;
    }
    let length: number;
    let offset: number;
    if ((tag & 3) === 1) {
      length = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | input[at++]!;
    } else if ((tag & 3) === 2) {
      length = (tag >> 2) + 1;
      offset = input.readUInt16LE(at);
      at += 2;
    } else {
      length = (tag >> 2) + 1;
      offset = input.readUInt32LE(at);
      at += 4;
    }
    for (let i = 0; i < length; i++, out++) output[out] = output[out - offset]!;
  }
  return output;
}

function tableBlock(file: Buffer, handle: Cursor & { bytes: Buffer }): Buffer {
  const offset = varint(handle.bytes, handle);
  const size = varint(handle.bytes, handle);
  const block = file.subarray(offset, offset + size);
  return file[offset + size] === BLOCK_TRAILER_TYPE_SNAPPY ? snappyDecompress(block) : block;
}

/** Every data block of a LevelDB table file, decompressed and joined (keys, values). */
export function tableBlocks(file: Buffer): Buffer {
  const footer = file.subarray(file.length - TABLE_FOOTER);
  const handles = { bytes: footer, at: 0 };
  varint(footer, handles); // The meta-index block's offset and size: not needed.
  varint(footer, handles);
  const index = tableBlock(file, handles);
  const restarts = index.readUInt32LE(index.length - 4);
  const entriesEnd = index.length - 4 - 4 * restarts;
  const blocks: Buffer[] = [];
  // Index entries: shared key length, unshared key length, value length, key part, value (a handle).
  for (const cursor = { at: 0 }; cursor.at < entriesEnd;) {
    varint(index, cursor);
    const unshared = varint(index, cursor);
    const valueLength = varint(index, cursor);
    cursor.at += unshared;
    blocks.push(tableBlock(file, { bytes: index, at: cursor.at }));
    cursor.at += valueLength;
  }
  return Buffer.concat(blocks);
}

/** A file of the IndexedDB folder as it is and as LevelDB reads it, to search in. */
export function searchableBytes(name: string, bytes: Buffer): Buffer {
  if (name.endsWith('.log')) return Buffer.concat([bytes, logRecords(bytes)]);
  if (name.endsWith('.ldb') || name.endsWith('.sst')) return Buffer.concat([bytes, tableBlocks(bytes)]);
  return bytes;
}
