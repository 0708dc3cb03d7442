import { Center, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useActiveTour } from '../../ui/activeTour';
import type { Tour } from '../../domain/entities';
import { ContactsView } from './ContactsView';
import { OrganisationsView } from './OrganisationsView';
import { useContactsRecords } from './useContactsRecords';

function Contacts({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const { contacts, organisations, events } = useContactsRecords(tour.id);
  // A link to an organisation (from global search) opens the organisations tab.
  const [searchParams] = useSearchParams();
  const initialTab = searchParams.has('organisation') ? 'organisations' : 'people';
  if (!contacts || !organisations || !events) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return (
    <Stack gap="lg">
      <Title order={1}>{t('contacts.title')}</Title>
      <Tabs defaultValue={initialTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="people">{t('contacts.tabs.people')}</Tabs.Tab>
          <Tabs.Tab value="organisations">{t('contacts.tabs.organisations')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="people" pt="md">
          <ContactsView tourId={tour.id} contacts={contacts} organisations={organisations} events={events} />
        </Tabs.Panel>
        <Tabs.Panel value="organisations" pt="md">
          <OrganisationsView tourId={tour.id} organisations={organisations} contacts={contacts} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** The Contacts screen: the people met and their organisations, for the active tour. */
export function ContactsScreen() {
  // The shell shows screens only once the active tour is read; none chosen: the layout shows the welcome.
  const tour = useActiveTour();
  return tour ? <Contacts tour={tour} /> : null;
}
