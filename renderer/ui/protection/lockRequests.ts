/**
 * "Lock now", asked from anywhere (the header's button, Settings, Ctrl+L): the protection gate
 * hears it and locks after the open forms have kept their drafts (see ProtectionGate).
 */
const listeners = new Set<() => void>();

export function requestLock(): void {
  for (const listener of listeners) listener();
}

export function onLockRequested(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Ctrl+L (⌘+L on a Mac): locks the app when its data is protected (listed with app/shell/shortcuts). */
export const LOCK_SHORTCUT = { keys: ['Ctrl', 'L'], aria: 'Control+L' } as const;
