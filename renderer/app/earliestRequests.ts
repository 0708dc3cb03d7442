import { initialLanguage, loadLanguage } from '../i18n/loadLanguage';
import { lockedAtLastStart } from './protection/lockedStartHint';
import { lockScreenChunk } from './protection/lockScreenChunk';
import { SCREEN_CHUNKS, screenNamedBy, type ScreenPath } from './screenChunks';

/**
 * The requests start-up can make before any library is evaluated: this module imports only small
 * ones, and earlyStart.ts imports it first, so its body runs before Dexie, React and Mantine are
 * evaluated (a module's body runs after its imports'). Measured on the welcome start: the language
 * was asked for some 130 ms after the start-up script had arrived, once the database code had been
 * evaluated; the database's own requests (earlyStart.ts) cannot start before that.
 */

/** The interface language and its strings (and CLDR names), loading. */
export const earlyLanguage = (() => {
  const language = initialLanguage();
  return { language, strings: loadLanguage(language) };
})();

/**
 * Whether this start is expected to open on the lock screen, as the last one did: its chunk is then
 * asked for now, rather than once the database has opened (some 150 ms later), and the screen
 * behind the lock loads while the passphrase is typed (LockScreen), not before the lock screen.
 */
export const lockScreenExpected: boolean = (() => {
  if (!lockedAtLastStart()) return false;
  lockScreenChunk().catch(() => undefined);
  return true;
})();

/** The screen a start-up URL names ("#/programme"), its chunk loading; null for `/` or another URL. */
export const namedFirstScreen: ScreenPath | null = (() => {
  const path = screenNamedBy(window.location.hash);
  // Caught here (the render reports a chunk that fails to load); loaded() tells when it is there.
  if (path && !lockScreenExpected) SCREEN_CHUNKS[path]().catch(() => undefined);
  return path;
})();
