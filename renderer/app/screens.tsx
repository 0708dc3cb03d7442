import { lazy, type ComponentType, type LazyExoticComponent, type ReactElement } from 'react';

/**
 * Each screen is its own chunk, loaded when first opened: start-up only pays for the shell
 * and the screen it lands on (the document writer and image code load later still, on use).
 */
function lazyScreen<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
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
  element: ReactElement;
}

/** The screens that exist, in navigation order; the navigation lists exactly these. */
export const SCREENS: readonly ScreenDefinition[] = [
  {
    id: 'overview',
    path: 'overview',
    navKey: 'nav.overview',
    requiresTour: true,
    element: <OverviewScreen />,
  },
  {
    id: 'programme',
    path: 'programme',
    navKey: 'nav.programme',
    requiresTour: true,
    element: <ProgrammeScreen />,
  },
  {
    id: 'contacts',
    path: 'contacts',
    navKey: 'nav.contacts',
    requiresTour: true,
    element: <ContactsScreen />,
  },
  {
    id: 'findings',
    path: 'findings',
    navKey: 'nav.findings',
    requiresTour: true,
    element: <FindingsScreen />,
  },
  {
    id: 'recommendations',
    path: 'recommendations',
    navKey: 'nav.recommendations',
    requiresTour: true,
    element: <RecommendationsScreen />,
  },
  {
    id: 'materials',
    path: 'materials',
    navKey: 'nav.materials',
    requiresTour: true,
    element: <MaterialsScreen />,
  },
  {
    id: 'documents',
    path: 'documents',
    navKey: 'nav.documents',
    requiresTour: true,
    element: <DocumentsScreen />,
  },
  {
    id: 'translation',
    path: 'translation',
    navKey: 'translation.navLabel',
    requiresTour: true,
    element: <TranslationScreen />,
  },
  {
    id: 'backup',
    path: 'backup',
    navKey: 'nav.backup',
    // Restoring must work in an empty app, before any tour exists.
    requiresTour: false,
    element: <BackupScreen />,
  },
  {
    id: 'settings',
    path: 'settings',
    navKey: 'nav.settings',
    requiresTour: false,
    element: <SettingsScreen />,
  },
];
