/**
 * Each screen's chunk, by its route path: loaded when first opened (screens.tsx), or at once when
 * start-up lands on it (earlyStart.ts). Apart from screens.tsx, which imports the shell's icons and
 * components, so that start-up can ask for a chunk before those are evaluated. The browser keeps
 * one module per URL: an early load and the later render share one fetch.
 */
export const SCREEN_CHUNKS = {
  overview: () => import('../features/overview/OverviewScreen'),
  programme: () => import('../features/programme/ProgrammeScreen'),
  contacts: () => import('../features/contacts/ContactsScreen'),
  findings: () => import('../features/findings/FindingsScreen'),
  recommendations: () => import('../features/recommendations/RecommendationsScreen'),
  materials: () => import('../features/materials/MaterialsScreen'),
  documents: () => import('../features/documents/DocumentsScreen'),
  translation: () => import('../features/translation/TranslationScreen'),
  backup: () => import('../features/backup/BackupScreen'),
  settings: () => import('../features/settings/SettingsScreen'),
} as const;

export type ScreenPath = keyof typeof SCREEN_CHUNKS;

/** Where `/` leads when a tour is open (the first screen about a tour). */
export const TOUR_LANDING: ScreenPath = 'overview';

export function isScreenPath(path: string): path is ScreenPath {
  return Object.hasOwn(SCREEN_CHUNKS, path);
}
