import { Suspense, useState } from 'react';
import { Center, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useActiveTour } from '../../ui/activeTour';
import type { Tour } from '../../domain/entities';
import { AgendaView } from './AgendaView';
import { useProgrammeRecords } from './useProgrammeRecords';
import { DelegationView, preloadProgrammeParts, TourDetailsForm } from './lazyParts';
import { usePreloadWhenIdle } from '../../ui/usePreloadWhenIdle';

const tabLoading = (
  <Center py="xl">
    <Loader aria-hidden />
  </Center>
);

function Programme({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const records = useProgrammeRecords(tour.id);
  // The other tabs and the dialogs: loaded once the agenda is shown, so that a click finds them ready.
  usePreloadWhenIdle(preloadProgrammeParts, records.events !== undefined);
  // A link to a delegate (from global search) opens the delegation tab.
  const [searchParams] = useSearchParams();
  const linksDelegate = searchParams.has('delegate');
  const [tab, setTab] = useState<string | null>(linksDelegate ? 'delegation' : 'agenda');
  if (linksDelegate && tab !== 'delegation') setTab('delegation');
  return (
    <Stack gap="lg">
      <Title order={1}>{t('programme.title')}</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="agenda">{t('programme.tabs.agenda')}</Tabs.Tab>
          <Tabs.Tab value="delegation">{t('programme.tabs.delegation')}</Tabs.Tab>
          <Tabs.Tab value="tour">{t('programme.tabs.tour')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda" pt="md">
          <AgendaView tour={tour} records={records} />
        </Tabs.Panel>
        <Tabs.Panel value="delegation" pt="md">
          <Suspense fallback={tabLoading}>
            <DelegationView tourId={tour.id} delegates={records.delegates} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="tour" pt="md">
          <Suspense fallback={tabLoading}>
            {/* Keyed by revision: a change saved elsewhere (another tab, an import) refreshes the form. */}
            <TourDetailsForm key={`${tour.id}:${tour.revision}`} tour={tour} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** The Programme screen: agenda, delegation and tour details of the active tour. */
export function ProgrammeScreen() {
  // The shell shows screens only once the active tour is read; none chosen: the layout shows the welcome.
  const tour = useActiveTour();
  return tour ? <Programme tour={tour} /> : null;
}
