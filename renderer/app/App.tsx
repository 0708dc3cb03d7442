import { Center, Loader, MantineProvider } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import type { Tour } from '../domain/entities';
import { useActiveTourRecord } from '../db/queries/activeTour';
import { AutomaticBackups } from '../features/backup/useAutomaticBackups';
import { tourReadAtUnlock } from './protection/afterUnlock';
import { ProtectionGate } from './protection/ProtectionGate';
import { lockedSinceStart } from '../db/queries/protectionMode';
import { ActiveTourContext } from '../ui/activeTour';
import { SaveConflictHost } from '../ui/saveConflictHost';
import { AppLayout } from './AppLayout';
import { DesktopBridge } from './DesktopBridge';
import { ErrorBoundary } from './ErrorBoundary';
import { NotificationsAfterFirstPaint } from './NotificationsAfterFirstPaint';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { buildTheme, cssVariablesResolver } from './theme';

function Shell({ initialTour }: { initialTour: Tour | null | undefined }) {
  // After a lock, what start-up read may be out of date: the unlock's read is shown first.
  const activeTour = useActiveTourRecord(lockedSinceStart() ? tourReadAtUnlock() : initialTour);
  if (activeTour === undefined) {
    return (
      <Center h="100vh">
        <Loader aria-hidden />
      </Center>
    );
  }
  return (
    <ActiveTourContext value={activeTour}>
      <AppLayout activeTour={activeTour} />
    </ActiveTourContext>
  );
}

/** A message raised in the old language would stay there: a language switch closes them all. */
function useCloseNotificationsOnLanguageSwitch(language: string) {
  useEffect(() => () => notifications.clean(), [language]);
}

/**
 * `initialTour`: the active tour as start-up read it (undefined: not read yet). `firstRun`: whether
 * start-up found the first-run choice to offer (undefined: not checked yet).
 */
export function App({ initialTour, firstRun }: { initialTour?: Tour | null; firstRun?: boolean }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const closeLabel = t('common.close');
  const theme = useMemo(() => buildTheme(closeLabel), [closeLabel]);
  useCloseNotificationsOnLanguageSwitch(language);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <NotificationsAfterFirstPaint />
      <ErrorBoundary>
        {/* Nothing below reads a tour before the database is unlocked (when it is protected). */}
        <ProtectionGate firstRun={firstRun}>
          {/* Hash routing: the app loads from a file-like app:// URL in the desktop shell. */}
          <HashRouter>
            <SaveConflictHost>
              <Shell initialTour={initialTour} />
              <DesktopBridge />
              <AutomaticBackups />
            </SaveConflictHost>
          </HashRouter>
        </ProtectionGate>
      </ErrorBoundary>
    </MantineProvider>
  );
}
