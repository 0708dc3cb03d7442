// Files the operating system handed to the app (double-click on a .ddbackup, command line) wait here until
// the import flow takes them. A store usable with React's useSyncExternalStore:
//   const files = useSyncExternalStore(pendingImports.subscribe, pendingImports.getSnapshot);
import type { OpenedFile } from '../../electron/contract';

let pending: readonly OpenedFile[] = [];
const listeners = new Set<() => void>();

function publish(next: readonly OpenedFile[]): void {
  pending = next;
  for (const listener of listeners) listener();
}

export const pendingImports = {
  add(files: readonly OpenedFile[]): void {
    if (files.length > 0) publish([...pending, ...files]);
  },
  /** Removes and returns every waiting file (the import flow takes them once). */
  take(): OpenedFile[] {
    const taken = [...pending];
    if (taken.length > 0) publish([]);
    return taken;
  },
  getSnapshot(): readonly OpenedFile[] {
    return pending;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
