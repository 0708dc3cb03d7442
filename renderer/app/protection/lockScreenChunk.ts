import { screenChunk } from '../screenChunks';

/**
 * The lock screen's chunk: asked for by start-up as soon as the database is known to be locked
 * (earlyStart.ts), and rendered without React's lazy suspension once loaded (ProtectionGate): a
 * suspension shows the wait for at least 300 ms (React throttles a fallback's replacement), which
 * made the lock screen of a protected tour appear later than a plain tour's whole programme.
 */
export const lockScreenChunk = screenChunk(() => import('./LockScreen'));
