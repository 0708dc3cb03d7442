/**
 * Whether the last start found the database locked, kept in localStorage (readable before the
 * database opens, unlike the database's own answer): a start that expects the lock screen asks
 * for its chunk at once, with the language, instead of after the database has opened, and leaves
 * the screen behind the lock to load while the passphrase is typed (earliestRequests.ts). Only a
 * hint, about the database as a whole: a wrong one costs a chunk loaded later or sooner, and what
 * is shown is still the database's answer.
 */
const KEY = 'delegation-desk.lockedStart';

export function lockedAtLastStart(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'yes';
  } catch {
    return false; // Storage refused: a start as without the hint.
  }
}

export function rememberLockedStart(locked: boolean): void {
  try {
    if (locked) globalThis.localStorage?.setItem(KEY, 'yes');
    else globalThis.localStorage?.removeItem(KEY);
  } catch (error) {
    console.warn('Whether the database opens locked could not be kept', error);
  }
}
