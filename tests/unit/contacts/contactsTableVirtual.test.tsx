// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Contact, Organisation } from '../../../renderer/domain/entities';
import { ContactsView } from '../../../renderer/features/contacts/ContactsView';
import { OrganisationsView } from '../../../renderer/features/contacts/OrganisationsView';
import {
  fourDigits,
  meta,
  renderSettled,
  scrollWindowTo,
  settle,
  shownIndexes,
  prepareVirtualListTests,
} from '../windowVirtualLists';

function organisation(index: number): Organisation {
  return {
    ...meta(`o${index}`),
    kind: 'police',
    name: { en: `Organisation ${fourDigits(index)}` },
    city: 'Budapest',
    address: '',
    website: '',
    notes: '',
  };
}

function contact(index: number): Contact {
  return {
    ...meta(`c${index}`),
    prefix: '',
    familyName: `Person${fourDigits(index)}`,
    givenName: '',
    nameOrder: 'given-first',
    cyrillic: {},
    rank: {},
    position: {},
    organisationId: 'o1',
    phones: [`+36 1 000 ${fourDigits(index)}`],
    emails: [],
    languages: ['hu'],
    gender: 'unspecified',
    role: 'host',
    notes: '',
  };
}

const numbered = <T,>(count: number, make: (index: number) => T) =>
  Array.from({ length: count }, (_, index) => make(index + 1));

async function renderContacts(count: number) {
  return renderSettled(
    <MantineProvider>
      <MemoryRouter>
        <ContactsView
          tourId="t"
          contacts={numbered(count, contact)}
          organisations={[organisation(1)]}
          events={[]}
        />
      </MemoryRouter>
    </MantineProvider>,
  );
}

async function renderOrganisations(count: number) {
  return renderSettled(
    <MantineProvider>
      <OrganisationsView tourId="t" organisations={numbered(count, organisation)} contacts={[]} />
    </MantineProvider>,
  );
}

/** The table's rows as assistive technology finds them: the header row and the rows shown. */
const tableRows = (name: string) => within(screen.getByRole('table', { name })).getAllByRole('row');
const shownPeople = () => screen.queryAllByRole('button', { name: /^Person\d{4}$/ });

describe('a long table of contacts', () => {
  prepareVirtualListTests();

  it('keeps only the rows near the window in the page, and shows later ones as the page scrolls', async () => {
    const { container } = await renderContacts(2000);
    const first = shownIndexes(container);
    expect(first[0]).toBe(0);
    expect(first.length).toBeLessThanOrEqual(15);
    // Header row, then the rows shown: the spacer rows are hidden from assistive technology.
    expect(tableRows('Contacts')).toHaveLength(first.length + 1);
    expect(shownPeople().map((button) => button.textContent)).toEqual(
      first.map((index) => `Person${fourDigits(index + 1)}`),
    );
    expect(container.querySelectorAll('tbody tr').length).toBeLessThanOrEqual(first.length + 2);

    act(() => scrollWindowTo(50_000));
    await settle();
    const later = shownIndexes(container);
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThanOrEqual(15);
    expect(Math.min(...later)).toBeGreaterThan(200);
    expect(screen.queryByRole('button', { name: 'Person0001' })).toBeNull();
    expect(shownPeople().map((button) => button.textContent)).toEqual(
      later.map((index) => `Person${fourDigits(index + 1)}`),
    );
  });

  it('keeps the stripes on the same rows as the table scrolls', async () => {
    const { container } = await renderContacts(2000);
    for (const y of [50_000, 50_200, 50_400]) {
      act(() => scrollWindowTo(y));
      await settle();
      const body = container.querySelector('tbody')!;
      // Mantine stripes odd rows of the body (:nth-of-type(odd)), spacers counted.
      for (const [position, row] of [...body.children].entries()) {
        const index = (row as HTMLElement).dataset.index;
        if (index !== undefined) expect((position + 1) % 2).toBe((Number(index) + 1) % 2);
      }
    }
  });

  it('shows a short table whole, with no spacer rows', async () => {
    const { container } = await renderContacts(12);
    expect(shownPeople()).toHaveLength(12);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(12);
  });
});

describe('a long table of organisations', () => {
  prepareVirtualListTests();

  const shownOrganisations = () => screen.queryAllByText(/^Organisation \d{4}$/);

  it('keeps only the rows near the window in the page, and shows later ones as the page scrolls', async () => {
    const { container } = await renderOrganisations(2000);
    const first = shownIndexes(container);
    expect(first[0]).toBe(0);
    expect(first.length).toBeLessThanOrEqual(15);
    expect(tableRows('Organisations')).toHaveLength(first.length + 1);
    expect(shownOrganisations().map((cell) => cell.textContent)).toEqual(
      first.map((index) => `Organisation ${fourDigits(index + 1)}`),
    );

    act(() => scrollWindowTo(50_000));
    await settle();
    const later = shownIndexes(container);
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThanOrEqual(15);
    expect(Math.min(...later)).toBeGreaterThan(200);
    expect(screen.queryByText('Organisation 0001')).toBeNull();
    expect(shownOrganisations().map((cell) => cell.textContent)).toEqual(
      later.map((index) => `Organisation ${fourDigits(index + 1)}`),
    );
  });

  it('shows a short table whole', async () => {
    const { container } = await renderOrganisations(10);
    expect(shownOrganisations()).toHaveLength(10);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(10);
  });
});
