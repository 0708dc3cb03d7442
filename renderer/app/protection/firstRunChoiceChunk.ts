import { screenChunk } from '../screenChunks';

/**
 * The first-run choice's chunk: loaded by start-up before its first render when the database is
 * new (earlyStart.ts), and then rendered without React's lazy suspension (ProtectionGate), which
 * would show a wait for at least 300 ms at the very first start of the app. Not in the start-up
 * script: most starts open a database that has tours.
 */
export const firstRunChoiceChunk = screenChunk(() => import('./FirstRunChoice'));
