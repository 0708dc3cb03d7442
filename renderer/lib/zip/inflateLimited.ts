import { Inflate } from 'fflate';

/** An entry that inflates to more than its header says: a zip bomb, or a damaged file. */
export class InflatedSizeError extends Error {
  constructor(readonly declared: number) {
    super(`The entry inflates to more than the ${declared} bytes its header declares`);
    this.name = 'InflatedSizeError';
  }
}

/**
 * How much compressed input is inflated at a time. Deflate expands at most about 1032:1, so one
 * step writes at most ~16 MB before the size is checked again: a lying header costs a moment and
 * a few megabytes, not minutes and gigabytes.
 */
const STEP = 16 * 1024;

/**
 * Inflates one deflated zip entry into exactly `declared` bytes, stopping as soon as the output
 * would exceed them (instead of inflating everything first and checking afterwards). The output
 * buffer is allocated once from the declared size, which the caller has already bounded.
 */
export function inflateLimited(compressed: Uint8Array, declared: number): Uint8Array<ArrayBuffer> {
  const output = new Uint8Array(declared);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > declared) throw new InflatedSizeError(declared);
    output.set(chunk, written);
    written += chunk.length;
  });
  for (let at = 0; at < compressed.length; at += STEP) {
    const end = Math.min(at + STEP, compressed.length);
    inflater.push(compressed.subarray(at, end), end === compressed.length);
  }
  if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  if (written !== declared) throw new InflatedSizeError(declared);
  return output;
}
