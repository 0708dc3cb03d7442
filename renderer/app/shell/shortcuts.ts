import { SCREENS } from '../screens';

/**
 * The app's keyboard shortcuts, in one place: the help dialog lists these, the navigation
 * announces them (aria-keyshortcuts) and the key handler acts on them. The desktop menu carries
 * the same accelerators (electron/menu.ts).
 *
 * Screens are Alt+Shift+digit in navigation order (1 … 9, then 0), matched by the key's position
 * (KeyboardEvent.code), so they work whatever keyboard layout is on: Cyrillic or Hungarian.
 * Alt alone is the menu key on Windows and Linux, and Ctrl+digit switches browser tabs.
 */
export interface Shortcut {
  /** For people: keys as printed on the keyboard, e.g. ["Alt", "Shift", "1"]. */
  keys: readonly string[];
  /** For aria-keyshortcuts, e.g. "Alt+Shift+1". */
  aria: string;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

function altShift(key: string): Shortcut {
  return { keys: ['Alt', 'Shift', key], aria: `Alt+Shift+${key}` };
}

/** The shortcut that opens a screen (by screen id), if it has one. */
export function screenShortcut(screenId: string): Shortcut | undefined {
  const digit = DIGITS[SCREENS.findIndex((screen) => screen.id === screenId)];
  return digit === undefined ? undefined : altShift(digit);
}

/** The screen a digit key leads to, by KeyboardEvent.code ("Digit3"). */
export function screenForDigitCode(code: string): (typeof SCREENS)[number] | undefined {
  const match = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (!match) return undefined;
  return SCREENS[DIGITS.indexOf(match[1] as (typeof DIGITS)[number])];
}

export const NEW_FINDING_SHORTCUT = altShift('N');
export const SEARCH_SHORTCUT: Shortcut = { keys: ['Ctrl', 'K'], aria: 'Control+K' };
export const SAVE_SHORTCUT: Shortcut = { keys: ['Ctrl', 'Enter'], aria: 'Control+Enter' };
export const HELP_SHORTCUT: Shortcut = { keys: ['F1'], aria: 'F1' };
export { LOCK_SHORTCUT } from '../../ui/protection/lockRequests';
export const CLOSE_SHORTCUT: Shortcut = { keys: ['Esc'], aria: 'Escape' };
/** In a translation box: inserts the suggestion of that number (features/translation/glossary). */
export const INSERT_SUGGESTION_SHORTCUT: Shortcut = { keys: ['Alt', '1 … 9'], aria: 'Alt+1' };
export const SKIP_SHORTCUT: Shortcut = { keys: ['Tab'], aria: 'Tab' };

/** On a Mac, Ctrl in our shortcuts is ⌘ (the handler takes either). */
export function forPlatform(shortcut: Shortcut, mac: boolean): readonly string[] {
  if (!mac) return shortcut.keys;
  return shortcut.keys.map((key) =>
    key === 'Ctrl' ? '⌘' : key === 'Alt' ? '⌥' : key === 'Shift' ? '⇧' : key,
  );
}
