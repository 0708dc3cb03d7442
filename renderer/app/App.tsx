import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import { useActiveTourRecord } from '../db/queries/activeTour';
import { AutomaticBackups } from '../features/backup/useAutomaticBackups';
import { ActiveTourContext } from '../ui/activeTour';
import { SaveConflictHost } from '../ui/saveConflictHost';
import { AppLayout } from './AppLayout';
import { DesktopBridge } from './DesktopBridge';
import { ErrorBoundary } from './ErrorBoundary';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { buildTheme, cssVariablesResolver } from './theme';

function Shell() {
  const activeTour = useActiveTourRecord();
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

export function App() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const closeLabel = t('common.close');
  const theme = useMemo(() => buildTheme(closeLabel), [closeLabel]);
  useCloseNotificationsOnLanguageSwitch(language);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <ErrorBoundary>
        {/* Hash routing: the app loads from a file-like app:// URL in the desktop shell. */}
        <HashRouter>
          <SaveConflictHost>
            <Shell />
            <DesktopBridge />
            <AutomaticBackups />
          </SaveConflictHost>
        </HashRouter>
      </ErrorBoundary>
    </MantineProvider>
  );
}
