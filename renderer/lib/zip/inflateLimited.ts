import { Inflate } from 'fflate';

/** An entry that inflates to more than its header says: a zip bomb, or a damaged file. */
export class InflatedSizeError extends Error {
  constructor(readonly declared: number) {
    super(`The entry inflates to more than the ${declared} bytes its header declares`);
    this.name = 'InflatedSizeError';
  }
}

/**
 * How much compressed input is inflated at a time: the output is checked against the declared
 * size after each step. Deflate expands at most about 1032:1, so a step of declared/1032 bytes
 * writes at most about the declared size more before the check: an entry declaring 100 bytes
 * but inflating to 64 MB is refused after 1 KB of input and a megabyte of output, not 16 MB (which
 * in a freshly started worker, its code not yet optimised, took seconds). Legitimate large entries
 * go in steps of up to 64 KB, the size of fflate's own working chunks.
 */
const MIN_STEP = 1024;
const MAX_STEP = 64 * 1024;
const MAX_RATIO = 1032;

function stepFor(declared: number): number {
  return Math.min(MAX_STEP, Math.max(MIN_STEP, Math.ceil(declared / MAX_RATIO)));
}

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
  const step = stepFor(declared);
  for (let at = 0; at < compressed.length; at += step) {
    const end = Math.min(at + step, compressed.length);
    inflater.push(compressed.subarray(at, end), end === compressed.length);
  }
  if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  if (written !== declared) throw new InflatedSizeError(declared);
  return output;
}
