import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { Menu } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { setActiveTourId } from '../../db/settings';
import { listTours } from '../../db/queries/tours';
import type { Tour } from '../../domain/entities';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { tourTitle } from '../../domain/names/tourTitle';

/** What the header's first, plain button was asked for before this menu was there. */
export interface MenuRequest {
  open: boolean;
  focus: boolean;
}

interface TourMenuProps {
  activeTour: Tour | null;
  opened: boolean;
  onChange(opened: boolean): void;
  /** Carried out once the tours are read, so that the menu opens whole, then `onRequestDone`. */
  request: MenuRequest | null;
  onRequestDone(): void;
  onCreate(): void;
  onOpenSample(): void;
  button(props: { ref: Ref<HTMLButtonElement> }): ReactNode;
}

/**
 * The Tours menu itself: loaded on demand (TourSwitcher), so that Mantine's Menu and its
 * positioning library are not part of the start-up script, nor the tours' query of its work.
 */
export function TourMenu(props: TourMenuProps) {
  const { activeTour, opened, onChange, request, onRequestDone } = props;
  const { t } = useTranslation();
  const language = useUiLanguage();
  const tours = useLiveQuery(listTours, []);
  const targetRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!request || tours === undefined) return;
    // Focus first: the menu gives the focus back, on closing, to what had it when it opened.
    if (request.focus) targetRef.current?.focus();
    if (request.open) onChange(true);
    onRequestDone();
  }, [request, tours, onChange, onRequestDone]);

  return (
    <Menu position="bottom-end" width={420} opened={opened} onChange={onChange}>
      <Menu.Target>{props.button({ ref: targetRef })}</Menu.Target>
      <Menu.Dropdown>
        {tours && tours.length > 0 && <Menu.Label>{t('header.chooseTour')}</Menu.Label>}
        {tours?.map((tour) => {
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
        {tours && tours.length > 0 && <Menu.Divider />}
        <Menu.Item onClick={props.onCreate}>{t('welcome.create')}</Menu.Item>
        <Menu.Item onClick={props.onOpenSample}>{t('welcome.openSample')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
