/// <reference lib="webworker" />
import { sealBody } from '../../lib/crypto/fileEnvelope';
import type { SealReply, SealRequest } from './sealOffThread';

/**
 * Encrypts a backup's body off the window's thread (sealOffThread.ts): says it is ready first, so
 * that the bytes are handed over only to a worker that runs, then seals and hands the file back.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<SealRequest>) => {
  try {
    const sealed = await sealBody(event.data.plain, event.data.prepared);
    scope.postMessage({ ok: true, sealed } satisfies SealReply, [sealed.buffer]);
  } catch (error) {
    scope.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies SealReply);
  }
};
scope.postMessage({ ready: true } satisfies SealReply);
