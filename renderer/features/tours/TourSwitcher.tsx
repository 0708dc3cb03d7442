import { useState } from 'react';
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
 * The "Tours" menu of the header: switch to another tour, start a new one, or open the sample.
 * The active tour's title is shown once, beside the app's name; here it is only ticked.
 */
export function TourSwitcher({ activeTour }: { activeTour: Tour | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const tours = useLiveQuery(listTours, []) ?? [];
  const [creating, setCreating] = useState(false);
  const { openSample } = useOpenSample();

  return (
    <>
      <Menu position="bottom-end" width={420}>
        <Menu.Target>
          <Button variant="default" size="sm" rightSection={<IconChevronDown size={14} aria-hidden />}>
            {t('header.tourMenu')}
          </Button>
        </Menu.Target>
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
      <CreateTourModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
