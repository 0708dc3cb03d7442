import { sealBody, type PreparedSeal } from '../../lib/crypto/fileEnvelope';

export interface SealRequest {
  plain: Uint8Array;
  prepared: PreparedSeal;
}
export type SealReply = { ready: true } | { ok: true; sealed: Uint8Array } | { ok: false; message: string };

/** The worker's script did not load (blocked or missing): the body is sealed here instead. */
class WorkerUnavailable extends Error {}

function sealInWorker(plain: Uint8Array, prepared: PreparedSeal): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sealWorker.ts', import.meta.url), { type: 'module' });
    let started = false;
    const end = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.onmessage = (event: MessageEvent<SealReply>) => {
      const reply = event.data;
      if ('ready' in reply) {
        started = true;
        // Handed over, not copied: the zip is not used again (60 MB for a large tour). A view of a
        // part of a larger buffer is copied first, as a transfer would move the whole buffer.
        const own =
          plain.byteOffset === 0 && plain.byteLength === plain.buffer.byteLength ? plain : plain.slice();
        worker.postMessage({ plain: own, prepared } satisfies SealRequest, [own.buffer]);
      } else if (reply.ok) end(() => resolve(reply.sealed));
      else end(() => reject(new Error(reply.message)));
    };
    worker.onerror = (event) =>
      end(() =>
        reject(
          started
            ? new Error(event.message || 'The sealing worker failed')
            : new WorkerUnavailable(event.message || 'The sealing worker did not start'),
        ),
      );
  });
}

/**
 * sealBody in a worker: WebCrypto's encryption of a whole backup (its input and output copied, a
 * fresh buffer each, and the header joined to it) cost the window's thread about 1 s for the
 * large tour's 60 MB file in Chromium (`npm run bench -- encryption-browser`), during which the
 * window does not answer. Where there are no workers (Node: tests, the command line), or the
 * worker does not start, here.
 */
export async function sealBodyOffThread(plain: Uint8Array, prepared: PreparedSeal): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return sealBody(plain, prepared);
  try {
    return await sealInWorker(plain, prepared);
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error;
    console.warn(error);
    return sealBody(plain, prepared);
  }
}
