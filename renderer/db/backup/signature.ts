import { z } from 'zod';
import { plainBytes } from '../../lib/plainBytes';
import { BackupError } from './errors';
import { sha256Hex } from './hash';

/**
 * Exchange files are signed by the laptop that made them: `signature.json` beside the manifest
 * holds the laptop's public key and an ECDSA P-256 / SHA-256 signature of the manifest's bytes.
 * The manifest lists the size and SHA-256 of every other file, so the signature covers them all.
 */
export const SIGNATURE_PATH = 'signature.json';
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_WITH = { name: 'ECDSA', hash: 'SHA-256' } as const;

const coordinate = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
export const publicKeySchema = z
  .object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: coordinate, y: coordinate })
  .strip();
export type PublicKeyJwk = z.infer<typeof publicKeySchema>;

export const signatureFileSchema = z.object({
  algorithm: z.literal('ECDSA-P256-SHA256'),
  publicKey: publicKeySchema,
  signature: z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .max(200),
});
export type SignatureFile = z.infer<typeof signatureFileSchema>;

export interface KeyPairJwk {
  publicKey: PublicKeyJwk;
  privateKey: JsonWebKey;
}

export async function generateKeyPair(): Promise<KeyPairJwk> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const publicJwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return {
    publicKey: publicKeySchema.parse(publicJwk),
    privateKey: await crypto.subtle.exportKey('jwk', pair.privateKey),
  };
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export async function signManifest(manifestBytes: Uint8Array, pair: KeyPairJwk): Promise<SignatureFile> {
  const key = await crypto.subtle.importKey('jwk', pair.privateKey, ALGORITHM, false, ['sign']);
  const signature = await crypto.subtle.sign(SIGN_WITH, key, plainBytes(manifestBytes));
  return {
    algorithm: 'ECDSA-P256-SHA256',
    publicKey: pair.publicKey,
    signature: toBase64(new Uint8Array(signature)),
  };
}

/** A short, readable name of a public key, for the person comparing it with a colleague's screen. */
export async function keyFingerprint(publicKey: PublicKeyJwk): Promise<string> {
  const hex = await sha256Hex(new TextEncoder().encode(`${publicKey.x}.${publicKey.y}`));
  return (hex.slice(0, 16).match(/.{4}/g) ?? []).join(' ').toUpperCase();
}

/** Checks the signature of the manifest's bytes; refuses the file (`bad-signature`) otherwise. */
export async function verifyManifest(manifestBytes: Uint8Array, file: SignatureFile): Promise<string> {
  let valid: boolean;
  try {
    const key = await crypto.subtle.importKey('jwk', { ...file.publicKey, ext: true }, ALGORITHM, false, [
      'verify',
    ]);
    valid = await crypto.subtle.verify(SIGN_WITH, key, fromBase64(file.signature), plainBytes(manifestBytes));
  } catch (cause) {
    throw new BackupError('bad-signature', {}, { cause });
  }
  if (!valid) throw new BackupError('bad-signature');
  return keyFingerprint(file.publicKey);
}
