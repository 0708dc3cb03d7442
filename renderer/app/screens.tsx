import type { ReactElement } from 'react';
import { WelcomeScreen } from '../features/tours/WelcomeScreen';
import { lazyScreen, type LazyScreen } from './lazyScreen';
import { SCREEN_CHUNKS } from './screenChunks';
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

const OverviewScreen = lazyScreen(SCREEN_CHUNKS.overview, 'OverviewScreen');
const ProgrammeScreen = lazyScreen(SCREEN_CHUNKS.programme, 'ProgrammeScreen');
const ContactsScreen = lazyScreen(SCREEN_CHUNKS.contacts, 'ContactsScreen');
const SettingsScreen = lazyScreen(SCREEN_CHUNKS.settings, 'SettingsScreen');
const BackupScreen = lazyScreen(SCREEN_CHUNKS.backup, 'BackupScreen');
const FindingsScreen = lazyScreen(SCREEN_CHUNKS.findings, 'FindingsScreen');
const RecommendationsScreen = lazyScreen(SCREEN_CHUNKS.recommendations, 'RecommendationsScreen');
const MaterialsScreen = lazyScreen(SCREEN_CHUNKS.materials, 'MaterialsScreen');
const DocumentsScreen = lazyScreen(SCREEN_CHUNKS.documents, 'DocumentsScreen');
const TranslationScreen = lazyScreen(SCREEN_CHUNKS.translation, 'TranslationScreen');

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

/**
 * The welcome screen, shown at `/` while no tour is open: part of the start-up's own script (it is
 * small), so that a new user's first screen needs no request after it.
 */
export const WELCOME_SCREEN: LazyScreen = { element: <WelcomeScreen />, preload: () => undefined };
