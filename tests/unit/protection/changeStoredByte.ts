import { db } from '../../../renderer/db/database';

/**
 * Flips one bit of a record's sealed bytes with the raw IndexedDB API, below the app's database
 * code, as a thief's tool would. `at`: which byte, from the sealed bytes' length.
 */
export async function changeStoredByte(
  table: string,
  id: string,
  at: (length: number) => number = (length) => length >> 1,
): Promise<void> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(db.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const store = idb.transaction(table, 'readwrite').objectStore(table);
  await new Promise<void>((resolve, reject) => {
    const read = store.get(id);
    read.onsuccess = () => {
      const stored = read.result as { __sealed: Uint8Array };
      stored.__sealed[at(stored.__sealed.length)]! ^= 0x10;
      const write = store.put(stored);
      write.onsuccess = () => resolve();
      write.onerror = () => reject(write.error);
    };
    read.onerror = () => reject(read.error);
  });
  idb.close();
}
