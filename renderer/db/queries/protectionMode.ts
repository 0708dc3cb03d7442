import { useSyncExternalStore } from 'react';
import { onProtectionChange, protectionMode, type ProtectionMode } from '../protection';

/** Whether the database is protected and unlocked, live. */
export function useProtectionMode(): ProtectionMode {
  return useSyncExternalStore(onProtectionChange, protectionMode);
}

let locked = false;
onProtectionChange(() => {
  if (protectionMode() === 'locked') locked = true;
});

/**
 * Whether the database was locked since the app started: what start-up read before (the active
 * tour) may be out of date by the time the app shows again.
 */
export function lockedSinceStart(): boolean {
  return locked;
}
