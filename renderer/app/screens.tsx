import { lazy, type ComponentType, type ReactElement } from 'react';
import {
  IconBulb,
  IconCalendarEvent,
  IconDatabaseExport,
  IconFileText,
  IconFolders,
  IconLanguage,
  IconLayoutDashboard,
  IconListCheck,
  IconSettings,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

interface LazyScreen {
  element: ReactElement;
  /** Starts loading the screen's chunk; rendering it later waits for the same load. */
  preload(): void;
}

/**
 * Each screen is its own chunk, loaded when first opened: start-up only pays for the shell
 * and the screen it lands on (the document writer and image code load later still, on use).
 */
function lazyScreen<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyScreen {
  const Screen = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
  // The browser keeps one module per URL, so a preload and the render share one fetch.
  return { element: <Screen />, preload: () => void load() };
}

const OverviewScreen = lazyScreen(() => import('../features/overview/OverviewScreen'), 'OverviewScreen');
const ProgrammeScreen = lazyScreen(() => import('../features/itinerary/ProgrammeScreen'), 'ProgrammeScreen');
const ContactsScreen = lazyScreen(() => import('../features/contacts/ContactsScreen'), 'ContactsScreen');
const SettingsScreen = lazyScreen(() => import('../features/settings/SettingsScreen'), 'SettingsScreen');
const BackupScreen = lazyScreen(() => import('../features/backup/BackupScreen'), 'BackupScreen');
const FindingsScreen = lazyScreen(() => import('../features/findings/FindingsScreen'), 'FindingsScreen');
const RecommendationsScreen = lazyScreen(
  () => import('../features/recommendations/RecommendationsScreen'),
  'RecommendationsScreen',
);
const MaterialsScreen = lazyScreen(() => import('../features/materials/MaterialsScreen'), 'MaterialsScreen');
const DocumentsScreen = lazyScreen(() => import('../features/report/DocumentsScreen'), 'DocumentsScreen');
const TranslationScreen = lazyScreen(
  () => import('../features/translation/TranslationScreen'),
  'TranslationScreen',
);

export interface ScreenDefinition {
  id: string;
  /** Route path under the hash router, without the leading slash. */
  path: string;
  /** Locale key of the navigation label. */
  navKey: string;
  /** Screens about a tour are shown only when a tour is active. */
  requiresTour: boolean;
  /** Shown beside the label, and alone when the navigation is folded. */
  icon: Icon;
  element: ReactElement;
  preload(): void;
}

/** The screens that exist, in navigation order; the navigation lists exactly these. */
export const SCREENS: readonly ScreenDefinition[] = [
  {
    id: 'overview',
    path: 'overview',
    icon: IconLayoutDashboard,
    navKey: 'nav.overview',
    requiresTour: true,
    ...OverviewScreen,
  },
  {
    id: 'programme',
    path: 'programme',
    icon: IconCalendarEvent,
    navKey: 'nav.programme',
    requiresTour: true,
    ...ProgrammeScreen,
  },
  {
    id: 'contacts',
    path: 'contacts',
    icon: IconUsers,
    navKey: 'nav.contacts',
    requiresTour: true,
    ...ContactsScreen,
  },
  {
    id: 'findings',
    path: 'findings',
    icon: IconBulb,
    navKey: 'nav.findings',
    requiresTour: true,
    ...FindingsScreen,
  },
  {
    id: 'recommendations',
    path: 'recommendations',
    icon: IconListCheck,
    navKey: 'nav.recommendations',
    requiresTour: true,
    ...RecommendationsScreen,
  },
  {
    id: 'materials',
    path: 'materials',
    icon: IconFolders,
    navKey: 'nav.materials',
    requiresTour: true,
    ...MaterialsScreen,
  },
  {
    id: 'documents',
    path: 'documents',
    icon: IconFileText,
    navKey: 'nav.documents',
    requiresTour: true,
    ...DocumentsScreen,
  },
  {
    id: 'translation',
    path: 'translation',
    icon: IconLanguage,
    navKey: 'translation.navLabel',
    requiresTour: true,
    ...TranslationScreen,
  },
  {
    id: 'backup',
    path: 'backup',
    icon: IconDatabaseExport,
    navKey: 'nav.backup',
    // Restoring must work in an empty app, before any tour exists.
    requiresTour: false,
    ...BackupScreen,
  },
  {
    id: 'settings',
    path: 'settings',
    icon: IconSettings,
    navKey: 'nav.settings',
    requiresTour: false,
    ...SettingsScreen,
  },
];

/** The welcome screen, shown at `/` while no tour is open; a chunk of its own like every screen. */
export const WELCOME_SCREEN = lazyScreen(() => import('../features/tours/WelcomeScreen'), 'WelcomeScreen');

/**
 * Starts loading the chunk of the screen a start-up URL leads to while the app loads its language
 * and reads the active tour; otherwise the chunk is only asked for once the shell has rendered, one
 * round trip later. A URL naming a screen loads that one at once; the bare `/` leads to the
 * overview when a tour is open and to the welcome screen when none is, known once `activeTour` is read.
 */
export function preloadFirstScreen(hash: string, activeTour: Promise<unknown>): void {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  const named = SCREENS.find((screen) => screen.path === path);
  if (named) {
    named.preload();
    return;
  }
  void activeTour.then((tour) =>
    (tour ? SCREENS.find((screen) => screen.requiresTour) : WELCOME_SCREEN)?.preload(),
  );
}
