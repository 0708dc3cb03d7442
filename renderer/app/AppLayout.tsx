import { Suspense } from 'react';
import { AppShell, Center, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Navigate, Route, Routes, useLocation } from 'react-router';
import type { Tour } from '../domain/entities';
import { TourSwitcher } from '../features/tours/TourSwitcher';
import { WelcomeScreen } from '../features/tours/WelcomeScreen';
import { tourTitle } from '../domain/names/tourTitle';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { LanguageSwitcher } from './LanguageSwitcher';
import { GlobalSearch } from './search/GlobalSearch';
import { SCREENS } from './screens';

/** Header, navigation and the current screen. */
export function AppLayout({ activeTour }: { activeTour: Tour | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const location = useLocation();
  const available = SCREENS.filter((screen) => activeTour !== null || !screen.requiresTour);
  const landing = SCREENS.find((screen) => screen.requiresTour);

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Text fw={700} size="lg" style={{ whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Text>
            {activeTour && (
              <Title order={2} size="sm" fw={500} lineClamp={1} title={tourTitle(activeTour, language)}>
                {tourTitle(activeTour, language)}
              </Title>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {activeTour && <GlobalSearch tourId={activeTour.id} />}
            <TourSwitcher activeTour={activeTour} />
            <LanguageSwitcher />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {activeTour === null && (
          <NavLink
            component={RouterNavLink}
            to="/"
            label={t('nav.start')}
            active={location.pathname === '/'}
          />
        )}
        {available.map((screen) => (
          <NavLink
            key={screen.id}
            component={RouterNavLink}
            to={`/${screen.path}`}
            label={t(screen.navKey)}
            active={location.pathname === `/${screen.path}`}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
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
                activeTour && landing ? <Navigate to={`/${landing.path}`} replace /> : <WelcomeScreen />
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
    </AppShell>
  );
}
