import { useEffect } from 'react';

/** Longest wait for an idle moment, so that a page busy for long still gets its code loaded. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Loads code a screen opens on demand (its dialogs, its other tabs) once the browser is idle after
 * the screen is shown (`shown`: its data read and rendered, not only its frame): the first render
 * does not wait for it, and a click then finds it ready.
 */
export function usePreloadWhenIdle(preload: () => void, shown: boolean): void {
  useEffect(() => {
    if (!shown) return;
    // Not in every environment (jsdom has none): a timer then.
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(preload, IDLE_TIMEOUT_MS);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(preload, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }, [preload, shown]);
}
