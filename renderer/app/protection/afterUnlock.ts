import { useSyncExternalStore } from 'react';
import { onProtectionChange, protectionMode, type ProtectionMode } from '../../db/protection';
import { readActiveTour } from '../../db/queries/activeTour';
import { forgetEarlyRecords } from '../../db/queries/earlyRecords';
import type { Tour } from '../../domain/entities';
import { firstScreenAt, loadScreenWithRecords } from '../firstScreen';
import { SCREEN_CHUNKS } from '../screenChunks';

/**
 * What the app shows first after an unlock, read before it shows, as start-up does for a plain
 * database: the active tour, the chunk of the screen in the URL and the records it shows first.
 * The lock screen stays meanwhile, its Unlock button busy (ProtectionGate): the app's first frame
 * is then the screen with its records, rather than a wait, the shell, then the records, each read
 * only once the one before has rendered.
 */

let reading: Promise<void> | null = null;
let tourAtUnlock: Tour | null | undefined;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** Drops what an unlock read: nothing of a tour stays in memory behind the lock screen. */
function forgetRead(): void {
  tourAtUnlock = undefined;
  forgetEarlyRecords();
}

async function readFirstScreen(): Promise<void> {
  const tour = await readActiveTour();
  tourAtUnlock = tour;
  const screen = firstScreenAt(window.location.hash, tour !== null);
  if (screen !== null) await loadScreenWithRecords(screen, Promise.resolve(tour));
}

let lastMode: ProtectionMode = protectionMode();
// Subscribed when the app's script is evaluated, before the gate: the gate's render after an
// unlock already finds the reading under way.
onProtectionChange(() => {
  const mode = protectionMode();
  const was = lastMode;
  lastMode = mode;
  if (mode === 'locked') forgetRead();
  else if (mode === 'unlocked' && was === 'locked') {
    // A failed read is left to the app's own, which reports it.
    const current: Promise<void> = readFirstScreen()
      .catch(() => undefined)
      .then(() => {
        // Locked again meanwhile (Ctrl+L, the idle time): what the reads returned since is not kept.
        if (protectionMode() === 'locked') forgetRead();
        if (reading !== current) return;
        reading = null;
        changed();
      });
    reading = current;
    changed();
  }
});

/** Whether the app's first screen is being read after an unlock: the lock screen stays meanwhile. */
export function useReadingAfterUnlock(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => reading !== null,
  );
}

/** The active tour as the last unlock read it; undefined before any (or since a lock). */
export function tourReadAtUnlock(): Tour | null | undefined {
  return tourAtUnlock;
}

/**
 * While the passphrase is typed: the chunk of the screen behind the lock (the one the URL names; for
 * `/`, the first screen about a tour, as a delegate's laptop nearly always has one open), so that
 * an unlock only reads the records. Not at start-up, before the lock screen (earliestRequests.ts).
 */
export function loadScreenBehindLock(): void {
  const screen = firstScreenAt(window.location.hash, true);
  if (screen !== null) SCREEN_CHUNKS[screen]().catch(() => undefined);
}
