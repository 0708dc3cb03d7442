import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import { AutomaticBackups } from '../features/backup/useAutomaticBackups';
import { AppLayout } from './AppLayout';
import { DesktopBridge } from './DesktopBridge';
import { ErrorBoundary } from './ErrorBoundary';
import { useActiveTour } from './activeTour';
import { buildTheme, cssVariablesResolver } from './theme';

function Shell() {
  const activeTour = useActiveTour();
  if (activeTour === undefined) {
    return (
      <Center h="100vh">
        <Loader aria-hidden />
      </Center>
    );
  }
  return <AppLayout activeTour={activeTour} />;
}

export function App() {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const theme = useMemo(() => buildTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <ErrorBoundary>
        {/* Hash routing: the app loads from a file-like app:// URL in the desktop shell. */}
        <HashRouter>
          <Shell />
          <DesktopBridge />
          <AutomaticBackups />
        </HashRouter>
      </ErrorBoundary>
    </MantineProvider>
  );
}
