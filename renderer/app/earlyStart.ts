// First: its requests start before the libraries below are evaluated.
import { earlyLanguage, namedFirstScreen } from './earliestRequests';
import { firstRunCheck, protectionMode, startFirstRunCheck } from '../db/protection';
import { readActiveTour } from '../db/queries/activeTour';
import type { Tour } from '../domain/entities';
import { firstScreenAt, loadScreenWithRecords } from './firstScreen';
import { firstRunChoiceChunk } from './protection/firstRunChoiceChunk';
import { rememberProtection } from './protection/rememberLockedStart';
import { lockScreenChunk } from './protection/lockScreenChunk';

/**
 * What start-up asks for before the rest of its script (React, Mantine, the shell) is evaluated:
 * main.tsx imports this module first, so these requests run while the browser evaluates the rest,
 * instead of one after another once it has. The interface language's strings and the named
 * screen's chunk (earliestRequests.ts, before even the database code), the database's open, the
 * protection check and the active tour's read, and the chunk and records of the screen the app
 * lands on.
 */

export { earlyLanguage };

startFirstRunCheck();

/**
 * Whether to offer the first-run choice, answered before the first render so that the app's first
 * frame is the screen itself, not a wait then a second render; undefined when the check failed
 * (the protection gate then checks again and reports why).
 */
export const earlyFirstRun: Promise<boolean | undefined> = firstRunCheck().catch(() => undefined);

/**
 * A protected database opens locked, on the lock screen: its chunk is asked for as soon as that is
 * known (at once when the last start was locked: earliestRequests.ts), while the rest of the
 * start-up script is evaluated, rather than after the first render.
 * True when it is the first screen (loaded, or failed: the gate's render then reports it).
 */
const earlyLockScreen: Promise<boolean> = earlyFirstRun.then(async () => {
  // The next start asks for the lock screen at once when it will open on it (earliestRequests.ts).
  rememberProtection();
  if (protectionMode() !== 'locked') return false;
  await lockScreenChunk().catch(() => undefined);
  return true;
});

/** The active tour; undefined when it cannot be read now (the shell reads it itself, and reports why). */
export const earlyActiveTour: Promise<Tour | null | undefined> = readActiveTour().catch(() => undefined);

/**
 * The chunk of the screen a start-up URL leads to: a URL naming a screen loads that one at once
 * (earliestRequests.ts asked for it); the bare `/` leads to the first screen about a tour when one
 * is open (the welcome screen, when none is, is part of the start-up script).
 */
async function loadFirstScreen(): Promise<void> {
  // A new database: the first-run choice is the first screen.
  if (await earlyFirstRun) {
    await firstRunChoiceChunk().catch(() => undefined);
    return;
  }
  // Locked: the lock screen is the first one, and the tour's screen waits for the unlock.
  if (await earlyLockScreen) return;
  const screen = namedFirstScreen ?? firstScreenAt(window.location.hash, Boolean(await earlyActiveTour));
  if (screen !== null) await loadScreenWithRecords(screen, earlyActiveTour);
}

/**
 * The first screen's chunk and the records it shows first, loaded (or not needed), or the lock
 * screen's, or the first-run choice's: the first render then shows the screen itself, with its
 * records. A chunk that fails to load is left to the screen's own render, which reports it.
 */
export const earlyFirstScreen: Promise<void> = loadFirstScreen().catch(() => undefined);
