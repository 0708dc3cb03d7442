import { useState } from 'react';
import { Button, Group, Menu, Select } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { setActiveTourId } from '../../db/settings';
import { listTours } from '../../db/queries/tours';
import type { Tour } from '../../domain/entities';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { CreateTourModal } from './CreateTourModal';
import { tourTitle } from '../../domain/names/tourTitle';
import { useOpenSample } from './useOpenSample';

/** The active tour in the header: switch to another, start a new one, or open the sample. */
export function TourSwitcher({ activeTour }: { activeTour: Tour | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const tours = useLiveQuery(listTours, []) ?? [];
  const [creating, setCreating] = useState(false);
  const { openSample } = useOpenSample();

  return (
    <Group gap="xs" wrap="nowrap">
      {tours.length > 0 && (
        <Select
          aria-label={t('header.activeTour')}
          placeholder={t('header.chooseTour')}
          data={tours.map((tour) => ({ value: tour.id, label: tourTitle(tour, language) }))}
          value={activeTour?.id ?? null}
          onChange={(id) => void setActiveTourId(id)}
          allowDeselect={false}
          w={360}
          comboboxProps={{ width: 520 }}
        />
      )}
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" size="sm">
            {t('header.tourMenu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setCreating(true)}>{t('welcome.create')}</Menu.Item>
          <Menu.Item onClick={() => void openSample()}>{t('welcome.openSample')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CreateTourModal opened={creating} onClose={() => setCreating(false)} />
    </Group>
  );
}
