import { onProtectionChange, protectionMode } from '../../db/protection';
import { rememberLockedStart } from './lockedStartHint';

/**
 * Keeps, for the next start, whether it will open on the lock screen (lockedStartHint.ts): when
 * start-up has opened the database (an unchanged mode is no change to hear of) and whenever
 * protection is turned on or off, locked or unlocked.
 */
export function rememberProtection(): void {
  rememberLockedStart(protectionMode() !== 'off');
}

onProtectionChange(rememberProtection);
