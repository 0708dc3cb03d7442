import { useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { setActiveTourId } from '../../db/settings';
import { listTours } from '../../db/queries/tours';
import { formatDateRange } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { CreateTourModal } from './CreateTourModal';
import { tourTitle } from '../../domain/names/tourTitle';
import { ImportProgressBar } from '../../ui/ImportProgressBar';
import { useOpenSample } from './useOpenSample';

/** What the app shows when no tour is active: start a tour, open the sample, or pick an existing tour. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const tours = useLiveQuery(listTours, []);
  const [creating, setCreating] = useState(false);
  const sample = useOpenSample();

  return (
    <Stack maw={760} gap="lg">
      <Title order={1}>{t('welcome.title')}</Title>
      <Text>{t('welcome.body')}</Text>
      <Group>
        <Button onClick={() => setCreating(true)}>{t('welcome.create')}</Button>
        <Button variant="light" loading={sample.opening} onClick={() => void sample.openSample()}>
          {t('welcome.openSample')}
        </Button>
      </Group>
      {sample.checking && <ImportProgressBar progress={sample.progress} onCancel={sample.cancel} />}
      {tours && tours.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('welcome.existing', { count: tours.length })}
          </Title>
          {tours.map((tour) => (
            <Card key={tour.id} withBorder padding="sm">
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={600}>{tourTitle(tour, language)}</Text>
                  <Text size="sm" c="dimmed">
                    {formatDateRange(tour.startDate, tour.endDate, language)}
                  </Text>
                </div>
                <Button
                  variant="default"
                  onClick={() => void setActiveTourId(tour.id)}
                  aria-label={t('welcome.openTourNamed', { title: tourTitle(tour, language) })}
                >
                  {t('welcome.openTour')}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <CreateTourModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
