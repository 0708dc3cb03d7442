/**
 * Records opened (or sealed) since the unlock, each with the exact sealed bytes it came from, by
 * table and primary key: a record read again whose stored bytes are those same bytes is not
 * decrypted again. Live queries re-read a screen's records after every write, and the search
 * index, the Documents screen and every backup read the whole tour: with encryption on, opening
 * each record again (AES in JavaScript, then UTF-8 decoding) was most of every read.
 *
 * What is kept: after the first opening, the plain bytes (outside the JavaScript heap, so keeping
 * them costs the first read, start-up's, next to nothing); from the second reading on, and for a
 * record just written, its JSON text instead, so that later reads only parse it.
 *
 * As safe as opening: AES-GCM's result is a function of the key, the table's name (associated
 * data) and the sealed bytes, and all three are the same (one memo per table of one unlocked key;
 * the bytes compared whole). A single changed byte is a miss, and the record is opened, and
 * refused, as before. Plain contents in memory only, as every record a screen holds; the key
 * holder drops them at lock (and overwrites the plain bytes).
 */
export interface Opened {
  /** Neither may be changed once remembered. */
  readonly sealed: Uint8Array;
  plain: Uint8Array | null;
  json: string | null;
}

export class OpenedRecords {
  private readonly byId = new Map<string, Opened>();

  /** What `sealed` opened to, when these exact bytes were opened or sealed for this record before. */
  find(table: string, key: unknown, sealed: Uint8Array): Opened | undefined {
    if (typeof key !== 'string') return undefined;
    const known = this.byId.get(`${table}\u0000${key}`);
    return known && sameBytes(known.sealed, sealed) ? known : undefined;
  }

  remember(table: string, key: unknown, opened: Opened): void {
    if (typeof key === 'string') this.byId.set(`${table}\u0000${key}`, opened);
  }

  clear(): void {
    for (const opened of this.byId.values()) opened.plain?.fill(0);
    this.byId.clear();
  }
}

/** Whole-byte equality, four bytes at a time where both are aligned (IndexedDB's copies are). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  const length = a.length;
  if (length !== b.length) return false;
  let start = 0;
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = length >>> 2;
    const wordsA = new Uint32Array(a.buffer, a.byteOffset, words);
    const wordsB = new Uint32Array(b.buffer, b.byteOffset, words);
    for (let i = 0; i < words; i++) if (wordsA[i] !== wordsB[i]) return false;
    start = words << 2;
  }
  for (let i = start; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}
