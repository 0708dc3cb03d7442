import { gcm, unsafe } from '@noble/ciphers/aes.js';
import { aesTables } from './aesTables';
import { NONCE_BYTES, OpenError, randomBytes, SEAL_OVERHEAD, TAG_BYTES } from './webAesGcm';

/**
 * AES-256-GCM under one key, prepared once: the AES key schedule and an 8-bit GHASH table (64 KB)
 * are built when the key is prepared and reused for every message, where @noble/ciphers' `gcm()`
 * builds both again for each one — most of the cost of opening a small record. The same byte
 * format as aesGcm.ts (a random 96-bit nonce, the ciphertext, the 128-bit tag): either opens what
 * the other sealed (tests/unit/crypto/preparedAesGcm.test.ts checks both ways, and against
 * Node's OpenSSL). Synchronous, for records sealed and opened inside IndexedDB transactions.
 *
 * Why not noble's AES: its block function returns an object and reads a 256 KB merged table; the
 * counter-mode loop here keeps the state in locals and reads the four 1 KB round tables as one
 * array (aesTables.ts: one base to hold, not four), takes its first two rounds once per 256
 * blocks (counter-mode caching, below), and the GHASH of each block in the same pass. Blocks are four 32-bit words read
 * little-endian from their bytes (noble's word order, so its key schedule serves), through
 * Uint32Array views; a big-endian machine falls back to noble's gcm().
 */
export interface PreparedAesGcm {
  seal(plain: Uint8Array, aad: Uint8Array): Uint8Array<ArrayBuffer>;
  /** The plain bytes; throws OpenError for a wrong key or any changed byte (nothing is returned then). */
  open(sealed: Uint8Array, aad: Uint8Array): Uint8Array<ArrayBuffer>;
  /** Overwrites the key schedule and the GHASH table (when the key is forgotten). */
  wipe(): void;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const bswap = (n: number): number =>
  ((n & 0xff) << 24) | ((n & 0xff00) << 8) | ((n >>> 8) & 0xff00) | (n >>> 24);

/**
 * GHASH's table for the hash key H (given as four little-endian words): for each of the 16 bytes
 * of a block and each of its 256 values, that byte's share of the product with H, four words
 * each (noble's layout, window of 8 bits). A block times H is then 16 look-ups.
 */
function ghashTable(h0: number, h1: number, h2: number, h3: number): Uint32Array {
  // H·x^i for i = 0…127 in SP 800-38D's bit order: big-endian words, shifted right to multiply by x.
  const powers = new Uint32Array(128 * 4);
  let k0 = bswap(h0);
  let k1 = bswap(h1);
  let k2 = bswap(h2);
  let k3 = bswap(h3);
  for (let i = 0; i < 128; i++) {
    powers.set([bswap(k0), bswap(k1), bswap(k2), bswap(k3)], i * 4);
    const carry = k3 & 1;
    k3 = (k2 << 31) | (k3 >>> 1);
    k2 = (k1 << 31) | (k2 >>> 1);
    k1 = (k0 << 31) | (k1 >>> 1);
    k0 = (k0 >>> 1) ^ (0xe1000000 & -carry);
  }
  const table = new Uint32Array(16 * 256 * 4);
  for (let byte = 0; byte < 16; byte++) {
    for (let value = 1; value < 256; value++) {
      // A byte's top bit is its lowest power of x: value = (value less its lowest set bit) + that bit.
      const low = value & -value;
      const from = ((byte << 8) | (value ^ low)) << 2;
      const to = ((byte << 8) | value) << 2;
      const power = (byte * 8 + 7 - Math.log2(low)) << 2;
      for (let i = 0; i < 4; i++) table[to + i] = table[from + i]! ^ powers[power + i]!;
    }
  }
  powers.fill(0);
  return table;
}

/** One AES block (the counter's J0, H) into `out`, through the same tables as the bulk loop. */
function encryptBlock(rk: Uint32Array, s: readonly [number, number, number, number], out: Uint32Array): void {
  const { te0, te1, te2, te3, sbox } = aesTables();
  let a0 = s[0] ^ rk[0]!;
  let a1 = s[1] ^ rk[1]!;
  let a2 = s[2] ^ rk[2]!;
  let a3 = s[3] ^ rk[3]!;
  let k = 4;
  for (const last = rk.length - 4; k < last; k += 4) {
    const b0 = te0[a0 & 255]! ^ te1[(a1 >>> 8) & 255]! ^ te2[(a2 >>> 16) & 255]! ^ te3[a3 >>> 24]! ^ rk[k]!;
    const b1 =
      te0[a1 & 255]! ^ te1[(a2 >>> 8) & 255]! ^ te2[(a3 >>> 16) & 255]! ^ te3[a0 >>> 24]! ^ rk[k + 1]!;
    const b2 =
      te0[a2 & 255]! ^ te1[(a3 >>> 8) & 255]! ^ te2[(a0 >>> 16) & 255]! ^ te3[a1 >>> 24]! ^ rk[k + 2]!;
    const b3 =
      te0[a3 & 255]! ^ te1[(a0 >>> 8) & 255]! ^ te2[(a1 >>> 16) & 255]! ^ te3[a2 >>> 24]! ^ rk[k + 3]!;
    a0 = b0;
    a1 = b1;
    a2 = b2;
    a3 = b3;
  }
  out[0] =
    (sbox[a0 & 255]! |
      (sbox[(a1 >>> 8) & 255]! << 8) |
      (sbox[(a2 >>> 16) & 255]! << 16) |
      (sbox[a3 >>> 24]! << 24)) ^
    rk[k]!;
  out[1] =
    (sbox[a1 & 255]! |
      (sbox[(a2 >>> 8) & 255]! << 8) |
      (sbox[(a3 >>> 16) & 255]! << 16) |
      (sbox[a0 >>> 24]! << 24)) ^
    rk[k + 1]!;
  out[2] =
    (sbox[a2 & 255]! |
      (sbox[(a3 >>> 8) & 255]! << 8) |
      (sbox[(a0 >>> 16) & 255]! << 16) |
      (sbox[a1 >>> 24]! << 24)) ^
    rk[k + 2]!;
  out[3] =
    (sbox[a3 & 255]! |
      (sbox[(a0 >>> 8) & 255]! << 8) |
      (sbox[(a1 >>> 16) & 255]! << 16) |
      (sbox[a2 >>> 24]! << 24)) ^
    rk[k + 3]!;
}

/** y = (y ⊕ x)·H, y being four words updated in place. */
function ghashBlock(t: Uint32Array, y: Uint32Array, x0: number, x1: number, x2: number, x3: number): void {
  x0 ^= y[0]!;
  x1 ^= y[1]!;
  x2 ^= y[2]!;
  x3 ^= y[3]!;
  let o0 = 0;
  let o1 = 0;
  let o2 = 0;
  let o3 = 0;
  for (let shift = 0, base = 0; shift < 32; shift += 8, base += 1024) {
    const i = base | (((x0 >>> shift) & 255) << 2);
    const j = (base + 4096) | (((x1 >>> shift) & 255) << 2);
    const k = (base + 8192) | (((x2 >>> shift) & 255) << 2);
    const l = (base + 12288) | (((x3 >>> shift) & 255) << 2);
    o0 ^= t[i]! ^ t[j]! ^ t[k]! ^ t[l]!;
    o1 ^= t[i + 1]! ^ t[j + 1]! ^ t[k + 1]! ^ t[l + 1]!;
    o2 ^= t[i + 2]! ^ t[j + 2]! ^ t[k + 2]! ^ t[l + 2]!;
    o3 ^= t[i + 3]! ^ t[j + 3]! ^ t[k + 3]! ^ t[l + 3]!;
  }
  y[0] = o0;
  y[1] = o1;
  y[2] = o2;
  y[3] = o3;
}

/** Four-word scratch for padded blocks (associated data, the last block of a message). */
const pad = new Uint32Array(4);
const padBytes = new Uint8Array(pad.buffer);

/** GHASH of bytes as one segment, zero-padded to whole blocks (the associated data). */
function ghashBytes(t: Uint32Array, y: Uint32Array, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; at += 16) {
    padBytes.fill(0);
    padBytes.set(bytes.subarray(at, at + 16));
    ghashBlock(t, y, pad[0]!, pad[1]!, pad[2]!, pad[3]!);
  }
}

/** The mask that keeps a word's first `bytes` bytes (little-endian: its low ones). */
const keepBytes = (bytes: number): number => (bytes >= 4 ? -1 : bytes <= 0 ? 0 : (1 << (bytes * 8)) - 1);

/**
 * Counter mode from inc32(J0) over `length` bytes of `src` into `dst`, whole blocks (both views
 * reach to the end of the last, partial block: its bytes past `length` are read, ignored and
 * written with garbage), with GHASH taken over the ciphertext side (`dst` when sealing, `src`
 * when opening), zero-padded; returns the tag's four words. One function for every key (the key's
 * schedule and table are arguments): code the engine optimised for one key serves the next
 * unlock's too, where a function made per key would be compiled again and its callers deoptimised.
 */
function run(
  rk: Uint32Array,
  table: Uint32Array,
  scratch: Uint32Array,
  nonce: Uint32Array,
  aad: Uint8Array,
  src: Uint32Array,
  dst: Uint32Array,
  length: number,
  sealing: boolean,
): Uint32Array {
  const { te, sbox } = aesTables();
  const n0 = nonce[0]!;
  const n1 = nonce[1]!;
  const n2 = nonce[2]!;
  const y = new Uint32Array(4);
  ghashBytes(table, y, aad);
  const last = rk.length - 4;
  const tail = length & 15;
  const words = ((length + 15) & ~15) / 4;
  // Counter-mode caching: within a run of 256 counters only the counter's low byte changes, so
  // the first round changes in one word, by one look-up, and the second round in one byte of
  // each word: both are taken once per run (p0…q3), leaving 5 look-ups of their 32 per block.
  let top = 0;
  let p0 = 0;
  let q0 = 0;
  let q1 = 0;
  let q2 = 0;
  let q3 = 0;
  for (let at = 0, counter = 2; at < words; at += 4, counter++) {
    if (at === 0 || (counter & 255) === 0) {
      const a0 = n0 ^ rk[0]!;
      const a1 = n1 ^ rk[1]!;
      const a2 = n2 ^ rk[2]!;
      const a3 = bswap(counter & ~255) ^ rk[3]!;
      top = a3 >>> 24;
      p0 = te[a0 & 255]! ^ te[256 | ((a1 >>> 8) & 255)]! ^ te[512 | ((a2 >>> 16) & 255)]! ^ rk[4]!;
      const b1 =
        te[a1 & 255]! ^
        te[256 | ((a2 >>> 8) & 255)]! ^
        te[512 | ((a3 >>> 16) & 255)]! ^
        te[768 | (a0 >>> 24)]! ^
        rk[5]!;
      const b2 =
        te[a2 & 255]! ^
        te[256 | ((a3 >>> 8) & 255)]! ^
        te[512 | ((a0 >>> 16) & 255)]! ^
        te[768 | (a1 >>> 24)]! ^
        rk[6]!;
      const b3 =
        te[a3 & 255]! ^
        te[256 | ((a0 >>> 8) & 255)]! ^
        te[512 | ((a1 >>> 16) & 255)]! ^
        te[768 | (a2 >>> 24)]! ^
        rk[7]!;
      q0 = te[256 | ((b1 >>> 8) & 255)]! ^ te[512 | ((b2 >>> 16) & 255)]! ^ te[768 | (b3 >>> 24)]! ^ rk[8]!;
      q1 = te[b1 & 255]! ^ te[256 | ((b2 >>> 8) & 255)]! ^ te[512 | ((b3 >>> 16) & 255)]! ^ rk[9]!;
      q2 = te[b2 & 255]! ^ te[256 | ((b3 >>> 8) & 255)]! ^ te[768 | (b1 >>> 24)]! ^ rk[10]!;
      q3 = te[b3 & 255]! ^ te[512 | ((b1 >>> 16) & 255)]! ^ te[768 | (b2 >>> 24)]! ^ rk[11]!;
    }
    const b0 = p0 ^ te[768 | ((counter & 255) ^ top)]!;
    let a0 = q0 ^ te[b0 & 255]!;
    let a1 = q1 ^ te[768 | (b0 >>> 24)]!;
    let a2 = q2 ^ te[512 | ((b0 >>> 16) & 255)]!;
    let a3 = q3 ^ te[256 | ((b0 >>> 8) & 255)]!;
    let k = 12;
    for (; k < last; k += 4) {
      const b0 =
        te[a0 & 255]! ^
        te[256 | ((a1 >>> 8) & 255)]! ^
        te[512 | ((a2 >>> 16) & 255)]! ^
        te[768 | (a3 >>> 24)]! ^
        rk[k]!;
      const b1 =
        te[a1 & 255]! ^
        te[256 | ((a2 >>> 8) & 255)]! ^
        te[512 | ((a3 >>> 16) & 255)]! ^
        te[768 | (a0 >>> 24)]! ^
        rk[k + 1]!;
      const b2 =
        te[a2 & 255]! ^
        te[256 | ((a3 >>> 8) & 255)]! ^
        te[512 | ((a0 >>> 16) & 255)]! ^
        te[768 | (a1 >>> 24)]! ^
        rk[k + 2]!;
      const b3 =
        te[a3 & 255]! ^
        te[256 | ((a0 >>> 8) & 255)]! ^
        te[512 | ((a1 >>> 16) & 255)]! ^
        te[768 | (a2 >>> 24)]! ^
        rk[k + 3]!;
      a0 = b0;
      a1 = b1;
      a2 = b2;
      a3 = b3;
    }
    const s0 = src[at]!;
    const s1 = src[at + 1]!;
    const s2 = src[at + 2]!;
    const s3 = src[at + 3]!;
    let c0 =
      s0 ^
      rk[k]! ^
      (sbox[a0 & 255]! |
        (sbox[(a1 >>> 8) & 255]! << 8) |
        (sbox[(a2 >>> 16) & 255]! << 16) |
        (sbox[a3 >>> 24]! << 24));
    let c1 =
      s1 ^
      rk[k + 1]! ^
      (sbox[a1 & 255]! |
        (sbox[(a2 >>> 8) & 255]! << 8) |
        (sbox[(a3 >>> 16) & 255]! << 16) |
        (sbox[a0 >>> 24]! << 24));
    let c2 =
      s2 ^
      rk[k + 2]! ^
      (sbox[a2 & 255]! |
        (sbox[(a3 >>> 8) & 255]! << 8) |
        (sbox[(a0 >>> 16) & 255]! << 16) |
        (sbox[a1 >>> 24]! << 24));
    let c3 =
      s3 ^
      rk[k + 3]! ^
      (sbox[a3 & 255]! |
        (sbox[(a0 >>> 8) & 255]! << 8) |
        (sbox[(a1 >>> 16) & 255]! << 16) |
        (sbox[a2 >>> 24]! << 24));
    dst[at] = c0;
    dst[at + 1] = c1;
    dst[at + 2] = c2;
    dst[at + 3] = c3;
    if (!sealing) {
      c0 = s0;
      c1 = s1;
      c2 = s2;
      c3 = s3;
    }
    if (tail !== 0 && at + 4 === words) {
      // The last, partial block: GHASH takes the ciphertext's bytes zero-padded.
      c0 &= keepBytes(tail);
      c1 &= keepBytes(tail - 4);
      c2 &= keepBytes(tail - 8);
      c3 &= keepBytes(tail - 12);
    }
    ghashBlock(table, y, c0, c1, c2, c3);
  }
  // The lengths in bits, 64-bit big-endian: associated data, then ciphertext.
  ghashBlock(
    table,
    y,
    bswap(Math.floor(aad.length / 2 ** 29)),
    bswap((aad.length * 8) >>> 0),
    bswap(Math.floor(length / 2 ** 29)),
    bswap((length * 8) >>> 0),
  );
  encryptBlock(rk, [n0, n1, n2, bswap(1)], scratch);
  for (let i = 0; i < 4; i++) y[i] = y[i]! ^ scratch[i]!;
  return y;
}

/** The table-driven implementation, for little-endian machines (every one the app runs on). */
class TableAesGcm implements PreparedAesGcm {
  private readonly rk: Uint32Array;
  private readonly table: Uint32Array;
  private readonly scratch = new Uint32Array(4);

  constructor(key: Uint8Array) {
    this.rk = unsafe.expandKeyLE(key);
    encryptBlock(this.rk, [0, 0, 0, 0], this.scratch);
    this.table = ghashTable(this.scratch[0]!, this.scratch[1]!, this.scratch[2]!, this.scratch[3]!);
  }

  seal(plain: Uint8Array, aad: Uint8Array): Uint8Array<ArrayBuffer> {
    const blocks = (plain.length + 15) & ~15;
    // The last block's garbage past the plain bytes lands where the tag goes next (under 16 bytes).
    const out = new Uint8Array(NONCE_BYTES + plain.length + TAG_BYTES);
    out.set(randomBytes(NONCE_BYTES), 0);
    const words = new Uint32Array(out.buffer, 0, (NONCE_BYTES + blocks) / 4);
    let source = plain;
    if (plain.byteOffset % 4 !== 0 || plain.length !== blocks) {
      source = new Uint8Array(blocks);
      source.set(plain);
    }
    const src = new Uint32Array(source.buffer, source.byteOffset, blocks / 4);
    const tag = run(
      this.rk,
      this.table,
      this.scratch,
      words.subarray(0, 3),
      aad,
      src,
      words.subarray(3),
      plain.length,
      true,
    );
    out.set(new Uint8Array(tag.buffer), NONCE_BYTES + plain.length);
    return out;
  }

  open(sealed: Uint8Array, aad: Uint8Array): Uint8Array<ArrayBuffer> {
    if (sealed.length < SEAL_OVERHEAD) throw new OpenError();
    const length = sealed.length - SEAL_OVERHEAD;
    const blocks = (length + 15) & ~15;
    const all = sealed.byteOffset % 4 === 0 ? sealed : sealed.slice();
    const nonce = new Uint32Array(all.buffer, all.byteOffset, 3);
    // Whole blocks: the last one's bytes past the ciphertext are the tag's (16 bytes follow it).
    const body = new Uint32Array(all.buffer, all.byteOffset + NONCE_BYTES, blocks / 4);
    const plain = new Uint8Array(blocks);
    const tag = run(
      this.rk,
      this.table,
      this.scratch,
      nonce,
      aad,
      body,
      new Uint32Array(plain.buffer),
      length,
      false,
    );
    // Compared in constant time; a wrong tag leaves nothing of the decrypted bytes behind.
    const given = new Uint8Array(tag.buffer);
    let diff = 0;
    for (let i = 0; i < TAG_BYTES; i++) diff |= given[i]! ^ all[NONCE_BYTES + length + i]!;
    if (diff !== 0) {
      plain.fill(0);
      throw new OpenError();
    }
    // The view's buffer holds garbage past `length` (the tag's bytes decrypted): cleared.
    plain.fill(0, length);
    return plain.subarray(0, length);
  }

  wipe(): void {
    this.rk.fill(0);
    this.table.fill(0);
    this.scratch.fill(0);
  }
}

export function prepareAesGcm(key: Uint8Array): PreparedAesGcm {
  return LITTLE_ENDIAN ? new TableAesGcm(key) : nobleAesGcm(key);
}

/** noble's gcm(), key schedule and table made for each message: for big-endian machines. */
function nobleAesGcm(key: Uint8Array): PreparedAesGcm {
  const copy = new Uint8Array(key);
  return {
    seal(plain, aad) {
      const nonce = randomBytes(NONCE_BYTES);
      const sealed = gcm(copy, nonce, aad).encrypt(plain);
      const out = new Uint8Array(NONCE_BYTES + sealed.length);
      out.set(nonce, 0);
      out.set(sealed, NONCE_BYTES);
      return out;
    },
    open(sealed, aad) {
      if (sealed.length < SEAL_OVERHEAD) throw new OpenError();
      try {
        return new Uint8Array(
          gcm(copy, sealed.subarray(0, NONCE_BYTES), aad).decrypt(sealed.subarray(NONCE_BYTES)),
        );
      } catch {
        throw new OpenError();
      }
    },
    wipe() {
      copy.fill(0);
    },
  };
}
