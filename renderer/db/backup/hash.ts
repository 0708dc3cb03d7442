import { plainBytes } from '../../lib/plainBytes';

/** SHA-256 of the bytes as lower-case hex: the manifest's proof of what each file must be. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', plainBytes(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
