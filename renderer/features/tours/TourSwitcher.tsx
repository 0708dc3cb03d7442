import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { setActiveTourId } from '../../db/settings';
import { listTours } from '../../db/queries/tours';
import type { Tour } from '../../domain/entities';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { CreateTourModal } from './CreateTourModal';
import { tourTitle } from '../../domain/names/tourTitle';
import { useOpenSample } from './useOpenSample';

/**
 * Whether the menu is built yet. Mantine's Menu runs its positioning library's hooks at every
 * render, and the header is on screen from the first frame (on the programme's start-up they
 * were a tenth of the main thread's work): the button alone is shown until the pointer comes over
 * it or it is used (a click, Enter, Space or the down arrow opens the menu at once). The new
 * button takes over the focus the first one had.
 */
function useMenuBuiltOnDemand() {
  const [built, setBuilt] = useState(false);
  const [opened, setOpened] = useState(false);
  // What the first button's use asked for, carried out once the menu's own button is there.
  const [pending, setPending] = useState<{ open: boolean; focus: boolean } | null>(null);
  const targetRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!built || !pending) return;
    // Focus first: the menu gives the focus back, on closing, to what had it when it opened.
    if (pending.focus) targetRef.current?.focus();
    if (pending.open) setOpened(true);
    setPending(null);
  }, [built, pending]);
  const build = (open: boolean, focus: boolean) => {
    setPending({ open, focus });
    setBuilt(true);
  };
  return {
    built,
    opened,
    setOpened,
    targetRef,
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
  const language = useUiLanguage();
  const tours = useLiveQuery(listTours, []) ?? [];
  const [creating, setCreating] = useState(false);
  const { openSample } = useOpenSample();
  const menu = useMenuBuiltOnDemand();
  const button = (props: object) => (
    <Button variant="default" size="sm" rightSection={<IconChevronDown size={14} aria-hidden />} {...props}>
      {t('header.tourMenu')}
    </Button>
  );

  return (
    <>
      {!menu.built && button(menu.buttonProps)}
      {menu.built && (
        <Menu position="bottom-end" width={420} opened={menu.opened} onChange={menu.setOpened}>
          <Menu.Target>{button({ ref: menu.targetRef })}</Menu.Target>
          <Menu.Dropdown>
            {tours.length > 0 && <Menu.Label>{t('header.chooseTour')}</Menu.Label>}
            {tours.map((tour) => {
              const active = tour.id === activeTour?.id;
              return (
                <Menu.Item
                  key={tour.id}
                  aria-current={active ? 'true' : undefined}
                  leftSection={
                    <IconCheck size={14} aria-hidden style={{ visibility: active ? 'visible' : 'hidden' }} />
                  }
                  onClick={() => void setActiveTourId(tour.id)}
                >
                  {tourTitle(tour, language)}
                </Menu.Item>
              );
            })}
            {tours.length > 0 && <Menu.Divider />}
            <Menu.Item onClick={() => setCreating(true)}>{t('welcome.create')}</Menu.Item>
            <Menu.Item onClick={() => void openSample()}>{t('welcome.openSample')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
      <CreateTourModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
