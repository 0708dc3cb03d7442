/**
 * The recovery key: 160 random bits written as 32 characters of Crockford's base32 in eight groups
 * of four ("7K2M-…"), short enough to copy by hand from a printed page. Letters that look alike
 * are read as the same (O as 0, I and L as 1), case and separators do not matter.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;

export function newRecoveryKey(): string {
  return formatRecoveryKey(crypto.getRandomValues(new Uint8Array(RECOVERY_KEY_BYTES)));
}

export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return text.match(/.{1,4}/g)!.join('-');
}

/** The key's bytes, or null when the text is not a recovery key (wrong length or characters). */
export function parseRecoveryKey(text: string): Uint8Array | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== (RECOVERY_KEY_BYTES * 8) / 5) return null;
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of clean) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bytes[index++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return bytes;
}

/** The 32-byte key wrapping the data key, from the recovery key's bytes (SHA-256). */
export async function recoveryWrappingKey(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
}
