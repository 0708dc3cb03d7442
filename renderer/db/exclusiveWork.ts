/**
 * Work on the database that must not overlap: turning protection on copies every record into a new
 * database and gives up when anything is written meanwhile (protection/sealedCopy.ts), and the automatic
 * backup, which runs by itself every few minutes, writes its bookkeeping (index, last backup) after
 * reading everything. Each piece of work waits for the ones asked before it; a failure does not stop
 * the next.
 */
let tail: Promise<unknown> = Promise.resolve();
/** Pieces of work asked and not yet finished. */
let unfinished = 0;

/**
 * Runs `work` once every piece asked before has finished. `onWait` is called at once when it has to
 * wait (so that the person can be told what it waits for).
 */
export function runExclusive<T>(work: () => Promise<T>, onWait?: () => void): Promise<T> {
  if (unfinished > 0) onWait?.();
  unfinished += 1;
  const result = tail.then(work).finally(() => {
    unfinished -= 1;
  });
  tail = result.catch(() => undefined);
  return result;
}
