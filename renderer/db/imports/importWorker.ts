/// <reference lib="webworker" />
/**
 * Reads an imported file away from the window's thread (backup, exchange file, vCard, tour file):
 * decrypting, unzipping and hashing a large tour's file, or parsing and matching 10,000 vCards,
 * takes seconds, and on the main thread that froze the window (no scrolling, no navigation, no
 * Cancel). One job per worker; see importMessages.ts.
 */
import type { FromImportWorker, ToImportWorker } from './importMessages';
import { importWorkerHandler } from './importJob';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const handle = importWorkerHandler((message) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<ToImportWorker>) => handle(event.data);
scope.postMessage({ type: 'ready' } satisfies FromImportWorker);
