import type { TourRecordKind } from '../domain/tourBundle';
import { PROGRAMME_RECORD_KINDS } from '../features/programme/programmeRecordKinds';
/**
 * Each screen's chunk, by its route path: loaded when first opened (screens.tsx), or at once when
 * start-up lands on it (earlyStart.ts). Apart from screens.tsx, which imports the shell's icons and
 * components, so that start-up can ask for a chunk before those are evaluated. The browser keeps
 * one module per URL: an early load and the later render share one fetch.
 */
/** A chunk's load, which also keeps the module once it is there: see `loaded`. */
export interface ScreenChunk<M> {
  (): Promise<M>;
  /**
   * The module, once a load of it has finished: a screen whose chunk start-up already loaded is
   * rendered at once. React's `lazy` suspends on the first render even then, and shows what it
   * suspended to for at least 300 ms (React throttles a fallback's replacement).
   */
  loaded(): M | undefined;
}

export function screenChunk<M>(load: () => Promise<M>): ScreenChunk<M> {
  let module: M | undefined;
  return Object.assign(
    () =>
      load().then((loadedModule) => {
        module = loadedModule;
        return loadedModule;
      }),
    { loaded: () => module },
  );
}

export const SCREEN_CHUNKS = {
  overview: screenChunk(() => import('../features/overview/OverviewScreen')),
  programme: screenChunk(() => import('../features/programme/ProgrammeScreen')),
  contacts: screenChunk(() => import('../features/contacts/ContactsScreen')),
  findings: screenChunk(() => import('../features/findings/FindingsScreen')),
  recommendations: screenChunk(() => import('../features/recommendations/RecommendationsScreen')),
  materials: screenChunk(() => import('../features/materials/MaterialsScreen')),
  documents: screenChunk(() => import('../features/documents/DocumentsScreen')),
  translation: screenChunk(() => import('../features/translation/TranslationScreen')),
  backup: screenChunk(() => import('../features/backup/BackupScreen')),
  settings: screenChunk(() => import('../features/settings/SettingsScreen')),
} as const;

export type ScreenPath = keyof typeof SCREEN_CHUNKS;

/**
 * The records a screen shows first, read by start-up beside its chunk when it lands on that
 * screen (db/queries/earlyRecords.ts): kinds whose records hold no Blob, exactly as the screen's
 * own hook asks for them.
 */
export const SCREEN_FIRST_RECORDS: Partial<Record<ScreenPath, readonly TourRecordKind[]>> = {
  programme: PROGRAMME_RECORD_KINDS,
};

/** Where `/` leads when a tour is open (the first screen about a tour). */
export const TOUR_LANDING: ScreenPath = 'overview';

export function isScreenPath(path: string): path is ScreenPath {
  return Object.hasOwn(SCREEN_CHUNKS, path);
}

/** The screen a location's hash names ("#/programme/…" → programme); null for `/` or another path. */
export function screenNamedBy(hash: string): ScreenPath | null {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isScreenPath(path) ? path : null;
}
