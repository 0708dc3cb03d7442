import { useSyncExternalStore } from 'react';
import type { BackgroundImport, BackgroundImportSnapshot } from './backgroundImport';

/** The background import's phase and dialog, re-rendering whoever shows them when they change. */
export function useBackgroundImport<T>(store: BackgroundImport<T>): BackgroundImportSnapshot<T> {
  return useSyncExternalStore(store.subscribe, store.get);
}
