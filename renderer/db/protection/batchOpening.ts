import type { DBCoreTransaction } from 'dexie';
import { openAsync } from '../../lib/crypto/webAesGcm';
import { LockedError, type KeyHolder } from './keyHolder';
import type { OpenedRecords } from './openedRecords';
import { recordCodec } from './recordCodec';
import type { RecordPlace } from './recordSeal';

/**
 * Records read many at once (a kind of a tour: the search index, the Documents screen, a backup, a
 * screen's list) opened by WebCrypto, many decryptions in flight, instead of one after another by
 * the synchronous cipher (preparedAesGcm.ts). Measured in Chromium (the large tour's 3,146 records,
 * 6.3 MB, opened and parsed, main thread): 235 ms of CPU with the synchronous cipher, 83 ms with
 * WebCrypto, whose AES runs natively and off the main thread; for the programme's small records
 * both cost the same. In Node (the unit tests, `npm run bench`) each WebCrypto call costs more than
 * the synchronous cipher, so there it stays off unless asked for.
 */
let webCryptoForBatches = typeof navigator !== 'undefined' && /\bChrome\//.test(navigator.userAgent);

/** Below this many sealed bytes to open, a read is opened synchronously (no gain worth an await). */
export const MIN_BATCH_BYTES = 64 * 1024;
let minBatchBytes = MIN_BATCH_BYTES;

/** For tests and the benchmarks: open large reads with WebCrypto (true) or synchronously. */
export function openBatchesWithWebCrypto(on: boolean, minBytes = MIN_BATCH_BYTES): void {
  webCryptoForBatches = on;
  minBatchBytes = minBytes;
}

type StoredRecord = Record<string, unknown>;

/**
 * Keeps an IndexedDB transaction alive while `work` runs elsewhere (WebCrypto), as Dexie.waitFor
 * does: a transaction commits as soon as no request is pending, so cheap requests are made one
 * after another until the work is done, and its outcome is handed on from inside a request's
 * success event, where the caller may go on using the transaction.
 */
function whileAlive<T>(trans: IDBTransaction, storeName: string, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let outcome: (() => void) | null = null;
    work.then(
      (value) => (outcome = () => resolve(value)),
      (error: unknown) => (outcome = () => reject(error)),
    );
    const store = trans.objectStore(storeName);
    const spin = (): void => {
      if (outcome) {
        outcome();
        return;
      }
      const request = store.get(-Infinity);
      request.onsuccess = spin;
      // The transaction was aborted meanwhile: the read fails as any of its requests would.
      request.onerror = () => reject(request.error);
    };
    spin();
  });
}

function currentlyOpened(holder: KeyHolder): OpenedRecords | null {
  return holder.mode === 'unlocked' ? holder.openedRecords() : null;
}

function isIdbTransaction(trans: DBCoreTransaction): trans is DBCoreTransaction & IDBTransaction {
  return typeof (trans as Partial<IDBTransaction>).objectStore === 'function';
}

/**
 * Opens the values of one read of table `storeName` (unsealed ones are returned as they are):
 * records remembered from before without AES (openedRecords.ts), the rest synchronously, or, when
 * they are many and WebCrypto is the cheaper (above), by WebCrypto while the read's transaction is
 * kept alive. The same checks either way: a changed byte or a wrong key is refused (OpenError),
 * and nothing is opened once locked (LockedError), a lock during the decryption included.
 */
export function openValues(
  values: readonly unknown[],
  holder: KeyHolder,
  placeOf: (value: StoredRecord) => RecordPlace,
  trans: DBCoreTransaction,
  storeName: string,
): unknown[] | Promise<unknown[]> {
  const { isSealed, knownJson, openedFrom, parseOpened, SEALED_FIELD } = recordCodec();
  const results: unknown[] = new Array(values.length);
  const pending: { index: number; stored: StoredRecord; place: RecordPlace }[] = [];
  let pendingBytes = 0;
  values.forEach((value, index) => {
    if (!isSealed(value)) {
      results[index] = value;
      return;
    }
    const place = placeOf(value);
    const json = knownJson(value, holder, place);
    if (json !== null) {
      results[index] = parseOpened(json, value, holder);
      return;
    }
    pending.push({ index, stored: value, place });
    pendingBytes += (value[SEALED_FIELD] as Uint8Array).length;
  });
  if (!webCryptoForBatches || pendingBytes < minBatchBytes || !isIdbTransaction(trans)) {
    const cipher = holder.recordCipher();
    for (const { index, stored, place } of pending)
      results[index] = openedFrom(
        cipher.open(stored[SEALED_FIELD] as Uint8Array, place.aad),
        stored,
        holder,
        place,
      );
    return results;
  }
  const key = holder.contentKey();
  const remembered = holder.openedRecords();
  const work = Promise.all(
    pending.map(({ stored, place }) => openAsync(key, stored[SEALED_FIELD] as Uint8Array, place.aad)),
  ).then((plains) => {
    // Locked (or locked and unlocked again) while decrypting: nothing opened is handed out or kept.
    if (currentlyOpened(holder) !== remembered) {
      for (const plain of plains) plain.fill(0);
      throw new LockedError();
    }
    pending.forEach(({ index, stored, place }, at) => {
      results[index] = openedFrom(plains[at]!, stored, holder, place);
    });
    return results;
  });
  return whileAlive(trans, storeName, work);
}
