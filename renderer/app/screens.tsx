import type { ReactElement } from 'react';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { ProgrammeScreen } from '../features/itinerary/ProgrammeScreen';
import { ContactsScreen } from '../features/contacts/ContactsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { BackupScreen } from '../features/backup/BackupScreen';
import { FindingsScreen } from '../features/findings/FindingsScreen';
import { RecommendationsScreen } from '../features/recommendations/RecommendationsScreen';
import { MaterialsScreen } from '../features/materials/MaterialsScreen';
import { DocumentsScreen } from '../features/report/DocumentsScreen';
import { TranslationScreen } from '../features/translation/TranslationScreen';

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
