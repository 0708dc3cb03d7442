import { db } from '../database';

/**
 * Resolves once the writes already asked for are done. Forms write their drafts when they unmount
 * (db/drafts/useFormDraft); a read-write transaction over every table is queued by IndexedDB after
 * every transaction begun before it, so when it ends those drafts are stored (sealed, with the key
 * still in memory) and the key can be forgotten.
 */
export async function settleWrites(): Promise<void> {
  // A macrotask first: writes begun by promise callbacks of the unmounting screens are issued by then.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await db.transaction('rw', db.tables, () => db.settings.count());
}
