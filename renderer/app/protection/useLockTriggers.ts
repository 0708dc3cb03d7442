import { useEffect, useEffectEvent } from 'react';
import { startIdleTimer } from './idleTimer';

/** What counts as someone at the laptop. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Ctrl+L (⌘+L), matched by the key's position so that it works with Cyrillic layouts too. */
export function isLockShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyL';
}

/**
 * While `active` (protected and unlocked): Ctrl+L locks, and so do `idleMinutes` without input
 * (0: never). Both go through `lock`, which keeps the open forms' drafts first.
 */
export function useLockTriggers(active: boolean, idleMinutes: number, lock: () => void): void {
  const onLock = useEffectEvent(lock);
  useEffect(() => {
    if (!active) return;
    const idle = startIdleTimer(idleMinutes, () => onLock());
    const onInput = () => idle.activity();
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event) || event.isComposing) return;
      // The browser's own Ctrl+L (the address bar) must not take it.
      event.preventDefault();
      event.stopPropagation();
      onLock();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      idle.stop();
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [active, idleMinutes]);
}
