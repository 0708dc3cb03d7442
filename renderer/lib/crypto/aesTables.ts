/**
 * AES's S-box and its four round tables (FIPS 197: SubBytes and MixColumns of one byte, one
 * table per row it comes from), in the little-endian word order of preparedAesGcm.ts: byte 0 of a
 * column is a word's low byte. 5 KB, computed once when first asked for.
 */
export interface AesTables {
  sbox: Uint8Array;
  te0: Uint32Array;
  te1: Uint32Array;
  te2: Uint32Array;
  te3: Uint32Array;
  /** The four round tables end to end (te0 at 0, te1 at 256 …): one array for the bulk loop to hold. */
  te: Uint32Array;
}

let tables: AesTables | null = null;

/** Multiplication by x in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1. */
const xtime = (b: number): number => ((b << 1) ^ (b & 0x80 ? 0x1b : 0)) & 0xff;

const rotl8 = (b: number, n: number): number => ((b << n) | (b >>> (8 - n))) & 0xff;

function computeSbox(): Uint8Array {
  // p walks the multiplicative group by powers of 3, q by powers of its inverse: q = p⁻¹ each step.
  const sbox = new Uint8Array(256);
  let p = 1;
  let q = 1;
  do {
    p = p ^ xtime(p);
    q ^= q << 1;
    q ^= q << 2;
    q ^= q << 4;
    q &= 0xff;
    if (q & 0x80) q ^= 0x09;
    sbox[p] = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4) ^ 0x63;
  } while (p !== 1);
  sbox[0] = 0x63;
  return sbox;
}

export function aesTables(): AesTables {
  if (tables) return tables;
  const sbox = computeSbox();
  const te = new Uint32Array(1024);
  const te0 = te.subarray(0, 256);
  const te1 = te.subarray(256, 512);
  const te2 = te.subarray(512, 768);
  const te3 = te.subarray(768);
  for (let x = 0; x < 256; x++) {
    const s = sbox[x]!;
    const s2 = xtime(s);
    const s3 = s2 ^ s;
    // MixColumns' column (2 3 1 1 / 1 2 3 1 / 1 1 2 3 / 3 1 1 2) times S(x) placed in row 0…3.
    te0[x] = s2 | (s << 8) | (s << 16) | (s3 << 24);
    te1[x] = s3 | (s2 << 8) | (s << 16) | (s << 24);
    te2[x] = s | (s3 << 8) | (s2 << 16) | (s << 24);
    te3[x] = s | (s << 8) | (s3 << 16) | (s2 << 24);
  }
  tables = { sbox, te0, te1, te2, te3, te };
  return tables;
}
