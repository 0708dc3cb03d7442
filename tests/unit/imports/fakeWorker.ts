import type { FromImportWorker, ToImportWorker } from '../../../renderer/db/imports/importMessages';
import { importWorkerHandler } from '../../../renderer/db/imports/importJob';

/**
 * A stand-in for the browser's Worker running the same core in this process, asynchronously as a
 * worker would: it says `ready`, takes the file, and can be terminated at any time.
 */
export class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: MessageEvent<FromImportWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: ToImportWorker[] = [];
  transferred: unknown[] = [];
  private handle = importWorkerHandler((message) => this.deliver(message));

  constructor() {
    FakeWorker.last = this;
    this.deliver({ type: 'ready' });
  }

  private deliver(message: FromImportWorker) {
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<FromImportWorker>);
    });
  }

  postMessage(message: ToImportWorker, options?: { transfer?: unknown[] }) {
    this.received.push(message);
    this.transferred.push(...(options?.transfer ?? []));
    setTimeout(() => {
      if (!this.terminated) this.handle(message);
    });
  }

  terminate() {
    this.terminated = true;
  }
}
