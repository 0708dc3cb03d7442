import type { ReactElement } from 'react';
import { SettingsScreen } from '../features/settings/SettingsScreen';

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
    id: 'settings',
    path: 'settings',
    navKey: 'nav.settings',
    requiresTour: false,
    element: <SettingsScreen />,
  },
];
