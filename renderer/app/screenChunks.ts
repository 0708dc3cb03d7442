/** A chunk's loader that also tells whether the chunk has loaded, and gives its module then. */
export interface ChunkLoader<T> {
  (): Promise<T>;
  loaded(): T | undefined;
}

function remembered<T>(load: () => Promise<T>): ChunkLoader<T> {
  let module: T | undefined;
  const loader = () =>
    load().then((loadedModule) => {
      module = loadedModule;
      return loadedModule;
    });
  return Object.assign(loader, { loaded: () => module });
}

/**
 * Each screen's chunk, by its route path: loaded when first opened (screens.tsx), or at once when
 * start-up lands on it (earlyStart.ts). Apart from screens.tsx, which imports the shell's icons and
 * components, so that start-up can ask for a chunk before those are evaluated. The browser keeps
 * one module per URL: an early load and the later render share one fetch; a chunk loaded before
 * the screen renders is rendered at once (screens.tsx).
 */
export const SCREEN_CHUNKS = {
  overview: remembered(() => import('../features/overview/OverviewScreen')),
  programme: remembered(() => import('../features/programme/ProgrammeScreen')),
  contacts: remembered(() => import('../features/contacts/ContactsScreen')),
  findings: remembered(() => import('../features/findings/FindingsScreen')),
  recommendations: remembered(() => import('../features/recommendations/RecommendationsScreen')),
  materials: remembered(() => import('../features/materials/MaterialsScreen')),
  documents: remembered(() => import('../features/documents/DocumentsScreen')),
  translation: remembered(() => import('../features/translation/TranslationScreen')),
  backup: remembered(() => import('../features/backup/BackupScreen')),
  settings: remembered(() => import('../features/settings/SettingsScreen')),
} as const;

export type ScreenPath = keyof typeof SCREEN_CHUNKS;

/** Where `/` leads when a tour is open (the first screen about a tour). */
export const TOUR_LANDING: ScreenPath = 'overview';

export function isScreenPath(path: string): path is ScreenPath {
  return Object.hasOwn(SCREEN_CHUNKS, path);
}
