import { lazy, Suspense, useCallback, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Button } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Tour } from '../../domain/entities';
import { CreateTourModal } from './CreateTourModal';
import type { MenuRequest } from './TourMenu';
import { useOpenSample } from './useOpenSample';

const TourMenu = lazy(() => import('./TourMenu').then((module) => ({ default: module.TourMenu })));

/**
 * Whether the menu is built yet. Mantine's Menu runs its positioning library's hooks at every
 * render, and the header is on screen from the first frame (on the programme's start-up they
 * were a tenth of the main thread's work); its code is a chunk of its own. The button alone is
 * shown until the pointer comes over it or it is used (a click, Enter, Space or the down arrow
 * opens the menu as soon as it is loaded). The menu's button takes over the focus the first one had.
 */
function useMenuBuiltOnDemand() {
  const [built, setBuilt] = useState(false);
  const [opened, setOpened] = useState(false);
  const [request, setRequest] = useState<MenuRequest | null>(null);
  const build = (open: boolean, focus: boolean) => {
    // A click after the pointer came over the button: the earlier request only built the menu.
    setRequest((earlier) => ({ open: open || !!earlier?.open, focus: focus || !!earlier?.focus }));
    setBuilt(true);
  };
  return {
    built,
    opened,
    setOpened,
    request,
    requestDone: useCallback(() => setRequest(null), []),
    buttonProps: {
      'aria-haspopup': 'menu' as const,
      'aria-expanded': false,
      onPointerEnter: (event: PointerEvent<HTMLButtonElement>) =>
        build(false, event.currentTarget === document.activeElement),
      onClick: () => build(true, true),
      onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => {
        if (event.key !== 'ArrowDown') return;
        event.preventDefault();
        build(true, true);
      },
    },
  };
}

/**
 * The "Tours" menu of the header: switch to another tour, start a new one, or open the sample.
 * The active tour's title is shown once, beside the app's name; here it is only ticked.
 */
export function TourSwitcher({ activeTour }: { activeTour: Tour | null }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const { openSample } = useOpenSample();
  const menu = useMenuBuiltOnDemand();
  const button = (props: object) => (
    <Button variant="default" size="sm" rightSection={<IconChevronDown size={14} aria-hidden />} {...props}>
      {t('header.tourMenu')}
    </Button>
  );
  const plainButton = button(menu.buttonProps);

  return (
    <>
      {!menu.built && plainButton}
      {menu.built && (
        <Suspense fallback={plainButton}>
          <TourMenu
            activeTour={activeTour}
            opened={menu.opened}
            onChange={menu.setOpened}
            request={menu.request}
            onRequestDone={menu.requestDone}
            onCreate={() => setCreating(true)}
            onOpenSample={() => void openSample()}
            button={button}
          />
        </Suspense>
      )}
      <CreateTourModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
