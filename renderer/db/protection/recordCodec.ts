import type * as RecordSeal from './recordSeal';

type RecordCodec = typeof RecordSeal;

let codec: RecordCodec | null = null;

/**
 * Loads the code that seals and opens records (recordSeal.ts, with @noble/ciphers, which builds its
 * AES tables when loaded): a database without protection never needs it, so it stays out of the
 * start-up's scripts. Loaded before protection is on: when the opened database has a vault, before
 * an unlock, and before records are copied sealed into a new database (sealedCopy.ts), since records are sealed synchronously
 * inside transactions, where nothing can be loaded.
 */
export async function loadRecordCodec(): Promise<RecordCodec> {
  codec ??= await import('./recordSeal');
  return codec;
}

/** The loaded codec; throws when protection was turned on without loading it first (a defect). */
export function recordCodec(): RecordCodec {
  if (!codec) throw new Error('The record codec must be loaded (loadRecordCodec) before protection is on');
  return codec;
}
