import Dexie from 'dexie';

/**
 * Deletes databases so that their values leave the browser's files too, not only its indexes.
 *
 * Chromium keeps IndexedDB in LevelDB, which writes a deleted or overwritten value's removal as a
 * new entry: the old value stays in the log and table files until a compaction merges the files
 * holding it. Deleting a database makes Chromium compact that database's key range, but measured
 * (Chromium 156, tests/e2e/protectionAtRest.spec.ts) this removes nothing when the values are still
 * in the log: the log is then written as a table file below the range being compacted. So a small
 * scratch database is made and deleted first (its deletion writes the log into table files), then
 * the databases are deleted (their compaction now merges those files and drops every value of
 * theirs), then a scratch database again (its flush deletes the files the compaction replaced, which
 * LevelDB otherwise removes only at the next start). Elsewhere (fake-indexeddb) this is just deletion.
 */
export async function purgeDatabases(names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await scratchDatabase();
  for (const name of names) await deleteDatabase(name);
  await scratchDatabase();
}

const SCRATCH_NAME = 'delegation-desk-compaction';

/** Makes LevelDB write its log into table files and delete the files no longer in use. */
export async function scratchDatabase(): Promise<void> {
  const idb = Dexie.dependencies.indexedDB;
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = idb.open(SCRATCH_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('scratch');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('Could not open the scratch database'));
  });
  await new Promise<void>((resolve, reject) => {
    const transaction = database.transaction('scratch', 'readwrite');
    transaction.objectStore('scratch').put(Date.now(), 'written');
    transaction.oncomplete = () => resolve();
    transaction.onerror = () =>
      reject(transaction.error ?? new Error('Could not write the scratch database'));
  });
  database.close();
  await deleteDatabase(SCRATCH_NAME);
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = Dexie.dependencies.indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
    // Another connection still holds it (the app closes its own first): the request waits for it.
    request.onblocked = () => console.warn('Deleting a database waits for another connection to close');
  });
}
