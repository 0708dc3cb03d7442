import { firstRunCheck, startFirstRunCheck } from '../db/protection';
import { readActiveTour } from '../db/queries/activeTour';
import { readRecordsEarly } from '../db/queries/tourRecords';
import type { Tour } from '../domain/entities';
import { initialLanguage, loadLanguage } from '../i18n/loadLanguage';
import { isScreenPath, SCREEN_CHUNKS, SCREEN_FIRST_RECORDS, TOUR_LANDING } from './screenChunks';

/**
 * What start-up asks for before the rest of its script (React, Mantine, the shell) is evaluated:
 * main.tsx imports this module first, so these requests run while the browser evaluates the rest,
 * instead of one after another once it has. The interface language's strings, the database's open,
 * the protection check and the active tour's read, and the chunk of the screen the app lands on.
 */

/** The interface language and its strings (and CLDR names), loading. */
export const earlyLanguage = (() => {
  const language = initialLanguage();
  return { language, strings: loadLanguage(language) };
})();

startFirstRunCheck();

/**
 * Whether to offer the first-run choice, answered before the first render so that the app's first
 * frame is the screen itself, not a wait then a second render; undefined when the check failed
 * (the protection gate then checks again and reports why).
 */
export const earlyFirstRun: Promise<boolean | undefined> = firstRunCheck().catch(() => undefined);

/** The active tour; undefined when it cannot be read now (the shell reads it itself, and reports why). */
export const earlyActiveTour: Promise<Tour | null | undefined> = readActiveTour().catch(() => undefined);

/**
 * The chunk of the screen a start-up URL leads to: a URL naming a screen loads that one at once;
 * the bare `/` leads to the first screen about a tour when one is open (the welcome screen, when
 * none is, is part of the start-up script).
 */
async function loadFirstScreen(hash: string): Promise<void> {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  const screen = isScreenPath(path) ? path : path === '' && (await earlyActiveTour) ? TOUR_LANDING : null;
  if (screen === null) return;
  const kinds = SCREEN_FIRST_RECORDS[screen];
  await Promise.all([
    SCREEN_CHUNKS[screen](),
    kinds && earlyActiveTour.then((tour) => tour && readRecordsEarly(tour.id, kinds)),
  ]);
}

/**
 * The first screen's chunk and the records it shows first, loaded (or not needed): the first render
 * then shows the screen itself, with its records.
 * A chunk that fails to load is left to the screen's own render, which reports it.
 */
export const earlyFirstScreen: Promise<void> = loadFirstScreen(window.location.hash).catch(() => undefined);
