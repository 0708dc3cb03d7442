import { openAsync, SEAL_OVERHEAD, sealAsync } from '../../lib/crypto/webAesGcm';
import type { KeyHolder } from './keyHolder';

/**
 * A photo or file as stored in a protected database: its bytes sealed (AES-256-GCM) in a Blob.
 * Reading a record costs no decryption of its photos: they are opened when their bytes are asked
 * for (`arrayBuffer`, `bytes`, `text`, or `plainBlob` for an object URL), and only while the
 * database is unlocked. `size` and `type` are the plain photo's.
 */
export class SealedBlob extends Blob {
  constructor(
    /** The sealed bytes, as stored. */
    readonly sealed: Blob,
    type: string,
    private readonly holder: KeyHolder,
  ) {
    super([sealed], { type });
  }

  override get size(): number {
    return Math.max(0, this.sealed.size - SEAL_OVERHEAD);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.bytes()).buffer;
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return openAsync(this.holder.contentKey(), new Uint8Array(await this.sealed.arrayBuffer()));
  }

  override async text(): Promise<string> {
    return new TextDecoder().decode(await this.bytes());
  }

  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const bytes = this.bytes();
    return new ReadableStream({
      async start(controller) {
        controller.enqueue(await bytes);
        controller.close();
      },
    });
  }

  override slice(): Blob {
    throw new Error('A sealed photo is read whole (plainBlob)');
  }
}

/** Seals a Blob's contents under the database's key (outside any transaction: WebCrypto is async). */
export async function sealBlob(
  blob: Blob,
  holder: KeyHolder,
  key = holder.contentKey(),
): Promise<SealedBlob> {
  if (blob instanceof SealedBlob) return blob;
  const sealed = await sealAsync(key, new Uint8Array(await blob.arrayBuffer()));
  return new SealedBlob(new Blob([sealed]), blob.type, holder);
}

/** A Blob of the plain contents: what an object URL (an <img>) needs. */
export async function plainBlob(blob: Blob): Promise<Blob> {
  if (!(blob instanceof SealedBlob)) return blob;
  return new Blob([await blob.bytes()], { type: blob.type });
}

export function isSealedBlob(blob: Blob): blob is SealedBlob {
  return blob instanceof SealedBlob;
}
