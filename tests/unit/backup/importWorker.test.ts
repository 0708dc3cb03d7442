import { zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeBackup } from '../../../renderer/db/backup';
import { BackupError } from '../../../renderer/db/backup/errors';
import type { FromImportWorker, ToImportWorker } from '../../../renderer/db/imports/importMessages';
import { importWorkerHandler } from '../../../renderer/db/imports/importJob';
import { runImport } from '../../../renderer/db/imports/runImport';
import { fromWire } from '../../../renderer/db/imports/wireErrors';
import { ImportCancelled, type ImportProgress } from '../../../renderer/domain/imports/importProgress';
import { makeVault } from '../../../renderer/db/protection/vault';
import { deriveFileKey, FileEnvelopeError, sealFile } from '../../../renderer/lib/crypto/fileEnvelope';
import { newSalt } from '../../../renderer/lib/crypto/passphraseKey';
import { newRecoveryKey } from '../../../renderer/lib/crypto/recoveryKey';
import { resetDb } from '../db/resetDb';
import { FakeWorker } from '../imports/fakeWorker';
import { declareSize } from './craftedZip';
import { sampleTourWithPhoto } from './laptop';

// Argon2id at its real parameters and real IndexedDB work on a shared, often overloaded machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const PASSPHRASE = 'Будапешт-2010 сообщество';

/** The worker's core driven as a plain function: what it posts, and a way to wait for the end. */
function drive() {
  const posted: FromImportWorker[] = [];
  let settle: (message: FromImportWorker) => void = () => undefined;
  const ended = new Promise<FromImportWorker>((resolve) => (settle = resolve));
  const listeners: ((message: FromImportWorker) => void)[] = [];
  const handle = importWorkerHandler((message) => {
    posted.push(message);
    listeners.forEach((listener) => listener(message));
    if (message.type === 'done' || message.type === 'failed') settle(message);
  });
  return {
    posted,
    ended,
    handle,
    onMessage: (listener: (m: FromImportWorker) => void) => listeners.push(listener),
  };
}

const start = (file: Uint8Array | Blob, purpose: 'backup' | 'exchange' = 'backup'): ToImportWorker => ({
  type: 'start',
  job: { kind: 'bundle', purpose, file, keys: [] },
});

describe('the import worker’s messages', () => {
  let backup: Uint8Array;
  let tourId: string;

  beforeAll(async () => {
    await resetDb();
    tourId = (await sampleTourWithPhoto()).tourId;
    backup = (await makeBackup({ tourId }, '0.1.0')).bytes;
  });

  it('reports progress that only grows up to its total, then the checked bundle', async () => {
    const { posted, ended, handle } = drive();
    handle(start(backup));
    const end = await ended;
    expect(end.type).toBe('done');
    if (end.type !== 'done' || end.outcome.kind !== 'bundle') throw new Error('not a bundle');
    expect(end.outcome.decoded.data.tours.map((tour) => tour.id)).toEqual([tourId]);
    expect(end.outcome.decoded.data.records.attachments).toHaveLength(1);
    expect(end.outcome.newKey).toBeNull();
    const progress = posted.filter((message) => message.type === 'progress');
    expect(progress.slice(0, 2)).toMatchObject([{ stage: 'reading' }, { stage: 'decrypting' }]);
    const unpacking = progress.filter((message) => message.stage === 'unpacking');
    expect(unpacking.length).toBeGreaterThan(2);
    for (const [index, message] of unpacking.entries()) {
      expect(message.done).toBeLessThanOrEqual(message.total);
      if (index > 0) expect(message.done).toBeGreaterThanOrEqual(unpacking[index - 1]!.done);
    }
    expect(unpacking.at(-1)!.done).toBeGreaterThan(unpacking.at(-1)!.total / 2);
    // The end is the last word; only one job per worker.
    expect(posted.at(-1)).toBe(end);
    handle(start(backup));
    expect(posted.at(-1)).toBe(end);
  });

  it('reads a picked file itself (the window hands over the File, not its bytes)', async () => {
    const { ended, handle } = drive();
    handle(start(new Blob([backup as Uint8Array<ArrayBuffer>])));
    const end = await ended;
    if (end.type !== 'done' || end.outcome.kind !== 'bundle') throw new Error('not a bundle');
    expect(end.outcome.decoded.data.tours.map((tour) => tour.id)).toEqual([tourId]);
  });

  it('asks the window for a passphrase, again after a wrong one, and hands back the derived key', async () => {
    const key = await deriveFileKey(PASSPHRASE);
    const sealed = await sealFile(backup, key, 'backup');
    const { posted, ended, handle, onMessage } = drive();
    const answers = ['not the passphrase', PASSPHRASE];
    onMessage((message) => {
      if (message.type === 'ask') {
        const text = answers.shift();
        handle({ type: 'passphrase', secret: text ? { kind: 'passphrase', text } : null });
      }
    });
    handle(start(sealed));
    const end = await ended;
    expect(posted.filter((message) => message.type === 'ask')).toEqual([
      { type: 'ask', question: { reason: 'needed', recoveryKey: false } },
      { type: 'ask', question: { reason: 'wrong-passphrase', recoveryKey: false } },
    ]);
    if (end.type !== 'done' || end.outcome.kind !== 'bundle') throw new Error('not a bundle');
    expect(Array.from(end.outcome.newKey!.keyBytes)).toEqual(Array.from(key.keyBytes));
    expect(end.outcome.decoded.data.tours).toHaveLength(1);
  });

  it('offers the recovery key for a backup with a recovery slot, again after a wrong one, and keeps no key', async () => {
    const quick = { memorySize: 8_192, iterations: 1, parallelism: 1 };
    const { vault, dataKey, recoveryKey } = await makeVault('пароль ноутбука', quick);
    const fileKey = await deriveFileKey(PASSPHRASE, newSalt(), quick);
    const sealed = await sealFile(backup, fileKey, 'backup', { byRecoveryKey: vault.byRecoveryKey, dataKey });
    const { posted, ended, handle, onMessage } = drive();
    const answers = [newRecoveryKey(), recoveryKey];
    onMessage((message) => {
      if (message.type !== 'ask') return;
      const text = answers.shift();
      handle({ type: 'passphrase', secret: text ? { kind: 'recoveryKey', text } : null });
    });
    handle(start(sealed));
    const end = await ended;
    expect(posted.filter((message) => message.type === 'ask')).toEqual([
      { type: 'ask', question: { reason: 'needed', recoveryKey: true } },
      { type: 'ask', question: { reason: 'wrong-recovery-key', recoveryKey: true } },
    ]);
    if (end.type !== 'done' || end.outcome.kind !== 'bundle') throw new Error('not a bundle');
    expect(end.outcome.newKey).toBeNull();
    expect(end.outcome.decoded.data.tours).toHaveLength(1);
  });

  it('refuses an encrypted file when the person gives up, with the envelope’s own error', async () => {
    const key = await deriveFileKey(PASSPHRASE);
    const sealed = await sealFile(backup, key, 'backup');
    const { ended, handle, onMessage } = drive();
    onMessage((message) => {
      if (message.type === 'ask') handle({ type: 'passphrase', secret: null });
    });
    handle(start(sealed));
    const end = await ended;
    expect(end).toEqual({ type: 'failed', error: { kind: 'envelope', code: 'passphrase-needed' } });
    if (end.type !== 'failed') return;
    expect(fromWire(end.error)).toBeInstanceOf(FileEnvelopeError);
  });

  it('refuses a lying zip entry as the window did, the error rebuilt with its details for the message', async () => {
    const bomb = declareSize(
      zipSync({ 'manifest.json': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }),
      'manifest.json',
      100,
    );
    const { ended, handle } = drive();
    handle(start(bomb));
    const end = await ended;
    expect(end).toEqual({
      type: 'failed',
      error: { kind: 'backup', code: 'corrupted', details: { file: 'manifest.json' } },
    });
    if (end.type !== 'failed') return;
    const error = fromWire(end.error);
    expect(error).toBeInstanceOf(BackupError);
    expect(error).toMatchObject({ code: 'corrupted', details: { file: 'manifest.json' } });
  });
});

describe('decoding a file in the worker, from the window’s side', () => {
  let backup: Uint8Array;

  beforeAll(async () => {
    await resetDb();
    await sampleTourWithPhoto();
    backup = (await makeBackup('everything', '0.1.0')).bytes;
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.last = null;
  });

  const request = (file: Uint8Array | Blob, signal: AbortSignal, progress: ImportProgress[] = []) => ({
    job: { kind: 'bundle' as const, purpose: 'backup' as const, file, keys: [] },
    ask: async () => null,
    onProgress: (update: ImportProgress) => progress.push(update),
    signal,
  });

  it('hands the file over once the worker is ready (moved, not copied), and returns the checked bundle', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress: ImportProgress[] = [];
    const result = await runImport(request(backup.slice(), new AbortController().signal, progress));
    expect(result.decoded.data.tours).toHaveLength(1);
    expect(progress.some((update) => update.stage === 'unpacking')).toBe(true);
    const worker = FakeWorker.last!;
    expect(worker.received[0]).toMatchObject({ type: 'start', job: { kind: 'bundle', purpose: 'backup' } });
    expect(worker.transferred).toHaveLength(1);
    // Done: the worker is freed.
    expect(worker.terminated).toBe(true);
  });

  it('Cancel terminates the worker at once and rejects with ImportCancelled; later messages are ignored', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const progress: ImportProgress[] = [];
    // Cancel on the first word of progress: the job is under way in the worker.
    const decoding = runImport({
      ...request(backup.slice(), controller.signal, progress),
      onProgress: (update) => {
        progress.push(update);
        controller.abort();
      },
    });
    await expect(decoding).rejects.toBeInstanceOf(ImportCancelled);
    const worker = FakeWorker.last!;
    expect(worker.terminated).toBe(true);
    const seen = progress.length;
    await new Promise((resolve) => setTimeout(resolve));
    expect(progress).toHaveLength(seen);
  });

  it('passes the worker’s refusal on as the same error class the messages are translated from', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const listed = declareSize(backup, 'records/findings.json', 1024 * 1024 * 1024);
    await expect(runImport(request(listed, new AbortController().signal))).rejects.toMatchObject({
      name: 'BackupError',
      code: 'too-large',
    });
  });

  it('falls back to this thread when the worker cannot start, and when there is no Worker at all', async () => {
    class BrokenWorker {
      onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
      onmessage = null;
      constructor() {
        setTimeout(() => this.onerror?.({ message: 'blocked', preventDefault: () => undefined }));
      }
      postMessage() {
        throw new Error('never handed a file');
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const viaFallback = await runImport(request(backup, new AbortController().signal));
    expect(viaFallback.decoded.data.tours).toHaveLength(1);
    vi.stubGlobal('Worker', undefined);
    const here = await runImport(request(backup, new AbortController().signal));
    expect(here.decoded.data.tours).toHaveLength(1);
  });

  it('on this thread too, Cancel answers at once with ImportCancelled', async () => {
    vi.stubGlobal('Worker', undefined);
    const controller = new AbortController();
    const decoding = runImport(request(backup, controller.signal));
    controller.abort();
    await expect(decoding).rejects.toBeInstanceOf(ImportCancelled);
  });
});
