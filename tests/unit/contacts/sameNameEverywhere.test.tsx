// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TourRecords } from '../../../renderer/db/queries/useTourRecords';
import type { Material, Tour } from '../../../renderer/domain/entities';
import { ContactsView } from '../../../renderer/features/contacts/ContactsView';
import { FindingCard } from '../../../renderer/features/findings/FindingCard';
import { EventFormModal } from '../../../renderer/features/programme/EventFormModal';
import { MaterialsScreen } from '../../../renderer/features/materials/MaterialsScreen';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import { contact, finding } from '../search/records';
import { meta, stubMissingBrowserApis } from '../windowVirtualLists';

// The materials screen's records, as the database would give them.
const records = vi.hoisted(() => ({ current: {} as TourRecords }));
vi.mock('../../../renderer/ui/activeTour', () => ({ useActiveTour: () => ({ id: 't' }) }));
vi.mock('../../../renderer/db/queries/useTourRecords', () => ({ useTourRecords: () => records.current }));

// A Hungarian host with no Cyrillic form checked yet: the Russian interface shows the suggested one.
const szoke = { ...contact('c1', 'Szőke', 'Péter', { prefix: 'dr.' }), tourId: 't' };
const RUSSIAN = 'д-р Петер Сёке';

const tour = {
  ...meta('t'),
  title: { ru: 'Визит' },
  startDate: '2010-09-20',
  endDate: '2010-09-24',
} as unknown as Tour;
const material: Material = {
  ...meta('m1'),
  title: { ru: 'Брошюра' },
  kind: 'brochure',
  language: 'hu',
  receivedFromContactId: 'c1',
  eventId: null,
  attachmentId: null,
};
const sourced = { ...finding('f1', { ru: 'Вывод' }, {}, { sourceContactIds: ['c1'] }), tourId: 't' };
const tourRecords: TourRecords = {
  themes: [],
  events: [],
  contacts: [szoke],
  delegates: [],
  findings: [sourced],
  recommendations: [],
  materials: [material],
  attachments: [],
};

const show = (ui: ReactElement) =>
  render(
    <MantineProvider>
      <MemoryRouter>{ui}</MemoryRouter>
    </MantineProvider>,
  );

describe('a contact is spelled the same on every screen of the Russian interface', () => {
  beforeAll(async () => {
    stubMissingBrowserApis();
    await setupI18n();
    await act(() => changeUiLanguage('ru'));
  });
  afterEach(cleanup);

  it('in the Contacts table, a finding’s sources, the materials table and an event’s interpreter and host pickers', async () => {
    records.current = tourRecords;
    const table = show(<ContactsView tourId="t" contacts={[szoke]} organisations={[]} events={[]} />);
    expect(within(table.container).getAllByRole('row')[1]!.textContent).toContain(RUSSIAN);
    table.unmount();

    const card = show(
      <FindingCard
        finding={sourced}
        photos={[]}
        records={tourRecords}
        me={null}
        onEdit={() => undefined}
        onDelete={() => undefined}
        onPropose={() => undefined}
      />,
    );
    expect(card.container.textContent).toContain(`: ${RUSSIAN}`);
    card.unmount();

    const materials = show(<MaterialsScreen />);
    expect(within(materials.container).getAllByRole('row')[1]!.textContent).toContain(RUSSIAN);
    materials.unmount();

    show(
      <EventFormModal
        tour={tour}
        event={null}
        day={null}
        delegates={[]}
        themes={[]}
        organisations={[]}
        contacts={[szoke]}
        onClose={() => undefined}
      />,
    );
    // The interpreter and host pickers hold their options in the page, hidden until opened.
    const options = await screen.findAllByRole('option', { name: RUSSIAN, hidden: true });
    expect(options).toHaveLength(2);
    expect(screen.queryAllByRole('option', { name: /Szőke/, hidden: true })).toEqual([]);
  });
});
