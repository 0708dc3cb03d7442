/**
 * The desktop menu's Help → Keyboard shortcuts reaches the header's help dialog through here:
 * the bridge to the shell (DesktopBridge) and the layout are separate parts of the page.
 */
const listeners = new Set<() => void>();

export function requestShortcutsHelp(): void {
  for (const listener of listeners) listener();
}

export function onShortcutsHelpRequested(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
