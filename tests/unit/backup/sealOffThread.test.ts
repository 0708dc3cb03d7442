import { zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  sealBodyOffThread,
  type SealReply,
  type SealRequest,
} from '../../../renderer/db/backup/sealOffThread';
import { makeVault } from '../../../renderer/db/protection/vault';
import {
  FileEnvelopeError,
  deriveFileKey,
  openFileWithPassphrase,
  openFileWithRecoveryKey,
  readEnvelopeHeader,
  sealBody,
  sealFile,
} from '../../../renderer/lib/crypto/fileEnvelope';
import { newSalt } from '../../../renderer/lib/crypto/passphraseKey';

// Small parameters keep the unit test quick; the defaults are measured by `npm run bench`.
const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };
const PASSPHRASE = 'Делегация-2026 Будапешт';

function aBackup(): Uint8Array {
  return zipSync({
    'manifest.json': new TextEncoder().encode('{"format":"delegation-desk"}'),
    'records/contacts.json': new TextEncoder().encode('[{"familyName":"Kovács"}]'),
  });
}

/** A worker as sealWorker.ts is, its messages cloned (and transferred) as postMessage does. */
class SealingWorker {
  onmessage: ((event: MessageEvent<SealReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    setTimeout(() => this.reply({ ready: true }));
  }
  postMessage(request: SealRequest, transfer: Transferable[]): void {
    const { plain, prepared } = structuredClone(request, { transfer });
    void sealBody(plain, prepared).then((sealed) => this.reply({ ok: true, sealed }));
  }
  terminate(): void {}
  private reply(data: SealReply) {
    this.onmessage?.({ data } as MessageEvent<SealReply>);
  }
}

/** A worker whose script is blocked: it never says it is ready, and fails. */
class BlockedWorker {
  onmessage: ((event: MessageEvent<SealReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    setTimeout(() => this.onerror?.({ message: 'blocked by the policy' } as ErrorEvent));
  }
  postMessage(): void {
    throw new Error('nothing may be handed to a worker that did not start');
  }
  terminate(): void {}
}

describe('a backup sealed off the window’s thread', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is sealed by the worker, the zip handed over, and opens with the passphrase and the recovery key', async () => {
    vi.stubGlobal('Worker', SealingWorker);
    const key = await deriveFileKey(PASSPHRASE, newSalt(), QUICK);
    const { vault, dataKey, recoveryKey } = await makeVault('пароль ноутбука', QUICK);
    const zip = aBackup();
    const expected = zip.slice();

    const sealed = await sealFile(
      zip,
      key,
      'backup',
      { byRecoveryKey: vault.byRecoveryKey, dataKey },
      sealBodyOffThread,
    );
    // Handed over, not copied: the window's copy is gone.
    expect(zip.byteLength).toBe(0);
    expect(readEnvelopeHeader(sealed).version).toBe(2);
    expect((await openFileWithPassphrase(sealed, PASSPHRASE)).plain).toEqual(expected);
    expect(await openFileWithRecoveryKey(sealed, recoveryKey)).toEqual(expected);
  });

  it('is refused when any byte of its body is changed', async () => {
    vi.stubGlobal('Worker', SealingWorker);
    const key = await deriveFileKey(PASSPHRASE, newSalt(), QUICK);
    const sealed = await sealFile(aBackup(), key, 'backup', null, sealBodyOffThread);
    sealed[sealed.length - 40]! ^= 0x01;
    await expect(openFileWithPassphrase(sealed, PASSPHRASE)).rejects.toEqual(
      new FileEnvelopeError('damaged'),
    );
  });

  it('is sealed on the window’s thread when the worker does not start', async () => {
    vi.stubGlobal('Worker', BlockedWorker);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const key = await deriveFileKey(PASSPHRASE, newSalt(), QUICK);
    const zip = aBackup();
    const sealed = await sealFile(zip, key, 'backup', null, sealBodyOffThread);
    expect((await openFileWithPassphrase(sealed, PASSPHRASE)).plain).toEqual(zip);
  });
});
