import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { IconHome } from '@tabler/icons-react';
import { Hint } from '../../ui/Hint';
import type { ScreenDefinition } from '../screens';
import { screenShortcut } from './shortcuts';
import './navigation.css';

interface Props {
  screens: readonly ScreenDefinition[];
  /** No tour yet: the start screen leads the list. */
  showStart: boolean;
  /** Folded to icons: each label moves into a hint and the link's accessible name. */
  folded: boolean;
}

/**
 * The side navigation: one link per screen, with its icon and its keyboard shortcut. Plain links
 * styled by navigation.css: on screen from the first frame, Mantine's NavLink cost every start-up.
 */
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
      <RouterNavLink
        key={key}
        to={to}
        className="nav-link"
        data-active={location.pathname === to || undefined}
        aria-label={folded ? label : undefined}
        aria-keyshortcuts={shortcut?.aria}
      >
        <span className="nav-link-icon">
          <Icon size={20} stroke={1.6} aria-hidden />
        </span>
        {!folded && (
          <div className="nav-link-body">
            <span className="nav-link-label">{label}</span>
          </div>
        )}
      </RouterNavLink>
    );
    return folded ? (
      <Hint key={key} label={label} align="side">
        {link}
      </Hint>
    ) : (
      link
    );
  });
}
