import { NavLink, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { IconHome } from '@tabler/icons-react';
import type { ScreenDefinition } from '../screens';
import { screenShortcut } from './shortcuts';

interface Props {
  screens: readonly ScreenDefinition[];
  /** No tour yet: the start screen leads the list. */
  showStart: boolean;
  /** Folded to icons: each label moves into a tooltip and the link's accessible name. */
  folded: boolean;
}

/** The side navigation: one link per screen, with its icon and its keyboard shortcut. */
export function Navigation({ screens, showStart, folded }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const links = [
    ...(showStart
      ? [{ key: 'start', to: '/', label: t('nav.start'), Icon: IconHome, shortcut: undefined }]
      : []),
    ...screens.map((screen) => ({
      key: screen.id,
      to: `/${screen.path}`,
      label: t(screen.navKey),
      Icon: screen.icon,
      shortcut: screenShortcut(screen.id),
    })),
  ];
  return links.map(({ key, to, label, Icon, shortcut }) => {
    const link = (
      <NavLink
        key={key}
        component={RouterNavLink}
        to={to}
        label={folded ? undefined : label}
        aria-label={folded ? label : undefined}
        aria-keyshortcuts={shortcut?.aria}
        leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
        active={location.pathname === to}
        // Long labels ("Рэзервовыя копіі") wrap; a single long word breaks rather than being cut.
        styles={{ body: { overflow: 'visible' }, label: { whiteSpace: 'normal', overflowWrap: 'anywhere' } }}
      />
    );
    return folded ? (
      <Tooltip key={key} label={label} position="right" withArrow>
        {link}
      </Tooltip>
    ) : (
      link
    );
  });
}
