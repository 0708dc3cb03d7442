/// <reference lib="webworker" />
/**
 * Decodes a backup or exchange file away from the window's thread: decrypting, unzipping and
 * hashing a large tour's file takes seconds, and on the main thread that froze the window (no
 * scrolling, no navigation, no Cancel). One job per worker; see decodeMessages.ts.
 */
import type { FromImportWorker, ToImportWorker } from './decodeMessages';
import { importWorkerHandler } from './decodeJob';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const handle = importWorkerHandler((message) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<ToImportWorker>) => handle(event.data);
scope.postMessage({ type: 'ready' } satisfies FromImportWorker);
