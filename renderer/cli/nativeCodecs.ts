/**
 * Node's native zlib and hashes for the command-line exporter, in place of the JavaScript fallbacks the app's
 * shared code uses where it has nothing better (fflate, CompressionStream, a table CRC-32):
 * several times faster on a large tour's records and its 7 MB document.xml.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { InflatedSizeError } from '../lib/zip/inflateLimited';

const deflateRawAsync = promisify(zlib.deflateRaw);

/**
 * Inflates a zip entry into exactly its declared size: zlib stops at `maxOutputLength`, so a
 * lying header (a zip bomb) costs no more than the size it declared, as with `inflateLimited`.
 */
export function nativeInflate(compressed: Uint8Array, declared: number): Uint8Array<ArrayBuffer> {
  let output: Buffer;
  try {
    // A limit of 0 is refused by zlib: an empty entry inflates to at most one byte, then is checked.
    output = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, declared) });
  } catch (cause) {
    if (cause instanceof RangeError) throw new InflatedSizeError(declared);
    throw cause;
  }
  if (output.length !== declared) throw new InflatedSizeError(declared);
  return new Uint8Array(output.buffer, output.byteOffset, output.length) as Uint8Array<ArrayBuffer>;
}

/** Deflates on libuv's threads: the parts of a document are compressed side by side. */
export async function nativeDeflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return deflateRawAsync(bytes);
}

/** Node's CRC-32 (20.15 and later) where it has one: native, a fraction of the JavaScript one's time. */
export const nativeCrc32: ((bytes: Uint8Array) => number) | undefined =
  typeof zlib.crc32 === 'function' ? (bytes) => zlib.crc32(bytes) : undefined;

/** SHA-256 as hex by Node's hash: Web Crypto's `digest` in Node costs ten times as much per photo. */
export function nativeSha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
