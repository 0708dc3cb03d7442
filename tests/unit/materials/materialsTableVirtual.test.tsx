// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Material } from '../../../renderer/domain/entities';
import type { TourRecords } from '../../../renderer/db/queries/useTourRecords';
import { MaterialsScreen } from '../../../renderer/features/materials/MaterialsScreen';
import {
  fourDigits,
  meta,
  renderSettled,
  scrollWindowTo,
  settle,
  shownIndexes,
  prepareVirtualListTests,
} from '../windowVirtualLists';

// The screen's records, as the database would give them.
const records = vi.hoisted(() => ({ current: {} as TourRecords }));
vi.mock('../../../renderer/ui/activeTour', () => ({ useActiveTour: () => ({ id: 't' }) }));
vi.mock('../../../renderer/db/queries/useTourRecords', () => ({
  useTourRecords: () => records.current,
}));

function material(index: number): Material {
  return {
    ...meta(`m${index}`),
    title: { en: `Material ${fourDigits(index)}` },
    kind: 'brochure',
    language: 'hu',
    receivedFromContactId: null,
    eventId: null,
    attachmentId: null,
  };
}

async function renderMaterials(count: number) {
  records.current = {
    themes: [],
    events: [],
    contacts: [],
    delegates: [],
    findings: [],
    recommendations: [],
    materials: Array.from({ length: count }, (_, index) => material(index + 1)),
    attachments: [],
  };
  return renderSettled(
    <MantineProvider>
      <MemoryRouter>
        <MaterialsScreen />
      </MemoryRouter>
    </MantineProvider>,
  );
}

/** Each row is named by its cells, the material's title first. */
const shownTitles = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent?.match(/Material \d{4}/)?.[0]);

describe('a long table of materials', () => {
  prepareVirtualListTests();

  it('keeps only the rows near the window in the page, and shows later ones as the page scrolls', async () => {
    const { container } = await renderMaterials(2000);
    const first = shownIndexes(container);
    expect(first[0]).toBe(0);
    expect(first.length).toBeLessThanOrEqual(15);
    expect(shownTitles()).toEqual(first.map((index) => `Material ${fourDigits(index + 1)}`));
    expect(screen.getByRole('button', { name: 'Edit “Material 0001”' })).toBeTruthy();

    act(() => scrollWindowTo(50_000));
    await settle();
    const later = shownIndexes(container);
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThanOrEqual(15);
    expect(Math.min(...later)).toBeGreaterThan(200);
    expect(screen.queryByRole('button', { name: 'Edit “Material 0001”' })).toBeNull();
    expect(shownTitles()).toEqual(later.map((index) => `Material ${fourDigits(index + 1)}`));
    // Spacer rows stand in for the rows not shown, hidden from assistive technology.
    expect(container.querySelectorAll('tbody tr[aria-hidden]').length).toBeGreaterThan(0);
  });

  it('shows a short table whole', async () => {
    await renderMaterials(5);
    expect(shownTitles()).toEqual([
      'Material 0001',
      'Material 0002',
      'Material 0003',
      'Material 0004',
      'Material 0005',
    ]);
  });
});
