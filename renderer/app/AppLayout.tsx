import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ActionIcon, AppShell, Box, Center, Group, Loader, Text, Title } from '@mantine/core';
import { IconHelp, IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import type { Tour } from '../domain/entities';
import { TourSwitcher } from '../features/tours/TourSwitcher';
import { tourTitle } from '../domain/names/tourTitle';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { Hint } from '../ui/Hint';
import { usePreloadWhenIdle } from '../ui/usePreloadWhenIdle';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LockButton } from './protection/LockButton';
import { GlobalSearch } from './search/GlobalSearch';
import { SCREENS, WELCOME_SCREEN } from './screens';
import { BackgroundImports, IMPORT_STATUS_HEIGHT, useImportStatusShown } from './shell/BackgroundImports';
import { Navigation } from './shell/Navigation';
import { MAIN_CONTENT_ID, SkipLink } from './shell/SkipLink';
import { HELP_SHORTCUT } from './shell/shortcuts';
import { onShortcutsHelpRequested } from './shell/shortcutsHelp';
import { useAppShortcuts } from './shell/useAppShortcuts';
import { useNavigationFolded } from './shell/useNavigationFolded';

// "Which delegate are you?" reads the tour's delegates: loaded after the first screen, which it
// must not hold up (it is asked once per tour and laptop): rendered from the browser's first idle
// moment on, since its chunk and the shared code it needs would otherwise be loaded and evaluated
// while the first screen renders.
const WhoAmIPrompt = lazy(() =>
  import('../features/identity/WhoAmIPrompt').then((module) => ({ default: module.WhoAmIPrompt })),
);
// The list of shortcuts loads when it is first asked for (F1, ?), not at start-up.
const ShortcutsDialog = lazy(() =>
  import('./shell/ShortcutsDialog').then((module) => ({ default: module.ShortcutsDialog })),
);

/**
 * Header, navigation and the current screen. Sized for laptops from 1024 px: the tour's title is
 * shown once, wrapping to two lines (the whole title on hover), and the navigation folds to its
 * icons at the person's choice, remembered on this computer.
 */
export function AppLayout({ activeTour }: { activeTour: Tour | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [folded, toggleFolded] = useNavigationFolded();
  const [helpOpened, setHelpOpened] = useState(false);
  const [idleOnce, setIdleOnce] = useState(false);
  usePreloadWhenIdle(
    useCallback(() => setIdleOnce(true), []),
    true,
  );
  useAppShortcuts({ tourActive: activeTour !== null, onHelp: () => setHelpOpened(true) });
  useEffect(() => onShortcutsHelpRequested(() => setHelpOpened(true)), []);
  const available = SCREENS.filter((screen) => activeTour !== null || !screen.requiresTour);
  const landing = SCREENS.find((screen) => screen.requiresTour);
  const foldLabel = folded ? t('shell.unfoldNavigation') : t('shell.foldNavigation');
  const title = activeTour ? tourTitle(activeTour, language) : '';
  const importShown = useImportStatusShown() && activeTour !== null;

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: folded ? 60 : { base: 210, lg: 230 }, breakpoint: 0 }}
      // An import's status, while there is one: the screen and the navigation end above it.
      footer={{ height: IMPORT_STATUS_HEIGHT, collapsed: !importShown }}
      padding={{ base: 'md', lg: 'lg' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="sm" gap="sm" wrap="nowrap">
          <Hint label={foldLabel} align="start">
            <ActionIcon
              variant="subtle"
              color="gray.8"
              size="lg"
              onClick={toggleFolded}
              aria-label={foldLabel}
              aria-expanded={!folded}
              aria-controls="main-navigation"
            >
              {folded ? (
                <IconLayoutSidebarLeftExpand aria-hidden />
              ) : (
                <IconLayoutSidebarLeftCollapse aria-hidden />
              )}
            </ActionIcon>
          </Hint>
          <Text fw={700} size="lg" style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
            {t('app.name')}
          </Text>
          <Box style={{ flex: 1, minWidth: 0 }}>
            {activeTour && (
              <Title order={2} size="sm" fw={500} lineClamp={2} title={title} style={{ lineHeight: 1.3 }}>
                {title}
              </Title>
            )}
          </Box>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            {activeTour && <GlobalSearch tourId={activeTour.id} />}
            <TourSwitcher activeTour={activeTour} />
            <Hint label={`${t('shell.shortcuts.title')} (${HELP_SHORTCUT.keys.join('+')})`}>
              <ActionIcon
                variant="subtle"
                color="gray.8"
                size="lg"
                onClick={() => setHelpOpened(true)}
                aria-label={t('shell.shortcuts.title')}
                aria-keyshortcuts={HELP_SHORTCUT.aria}
              >
                <IconHelp aria-hidden />
              </ActionIcon>
            </Hint>
            <LockButton />
            <LanguageSwitcher />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" id="main-navigation" aria-label={t('nav.label')}>
        <Navigation screens={available} showStart={activeTour === null} folded={folded} />
      </AppShell.Navbar>
      {/* Between the navigation and the screen: the next stop of Tab after the links. */}
      {activeTour && <BackgroundImports />}
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        {activeTour && idleOnce && (
          <Suspense fallback={null}>
            <WhoAmIPrompt key={activeTour.id} tour={activeTour} />
          </Suspense>
        )}
        <Suspense
          fallback={
            <Center py="xl">
              <Loader aria-label={t('common.loading')} />
            </Center>
          }
        >
          <Routes>
            <Route
              path="/"
              element={
                activeTour && landing ? <Navigate to={`/${landing.path}`} replace /> : WELCOME_SCREEN.element
              }
            />
            {SCREENS.map((screen) => (
              <Route
                key={screen.id}
                path={`/${screen.path}/*`}
                element={screen.requiresTour && !activeTour ? <Navigate to="/" replace /> : screen.element}
              />
            ))}
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </AppShell.Main>
      {helpOpened && (
        <Suspense fallback={null}>
          <ShortcutsDialog opened onClose={() => setHelpOpened(false)} />
        </Suspense>
      )}
    </AppShell>
  );
}
