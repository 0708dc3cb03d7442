// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Recommendation } from '../../../renderer/domain/entities';
import type { TourRecords } from '../../../renderer/db/queries/useTourRecords';
import { RecommendationsScreen } from '../../../renderer/features/recommendations/RecommendationsScreen';
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

function recommendation(index: number): Recommendation {
  return {
    ...meta(`r${index}`),
    text: { en: `Recommendation text ${fourDigits(index)}` },
    findingIds: [],
    priority: 'high',
    horizon: 'short',
    responsible: {},
    status: 'draft',
    order: index,
  };
}

async function renderRecommendations(count: number) {
  records.current = {
    themes: [],
    events: [],
    contacts: [],
    delegates: [],
    findings: [],
    recommendations: Array.from({ length: count }, (_, index) => recommendation(index + 1)),
    materials: [],
    attachments: [],
  };
  return renderSettled(
    <MantineProvider>
      <MemoryRouter>
        <RecommendationsScreen />
      </MemoryRouter>
    </MantineProvider>,
  );
}

/** The screen opens grouped by key point; the one numbered list is the other view. */
async function showNumberedList() {
  await act(async () => {
    fireEvent.click(screen.getByRole('radio', { name: 'Numbered list' }));
  });
  await settle();
}

/** The numbered items of the list, as assistive technology finds them. */
const shownItems = () =>
  within(screen.getByRole('list', { name: 'Recommendations' })).queryAllByRole('listitem', {
    name: /^Recommendation \d+$/,
  });

describe('a long list of recommendations', () => {
  prepareVirtualListTests();

  it('keeps only the cards near the window in the page, and shows later ones as the page scrolls', async () => {
    const { container } = await renderRecommendations(2000);
    // Grouped by key point (here all under "not tied to a key point"), the list is kept short too.
    expect(shownIndexes(container).length).toBeLessThanOrEqual(15);
    await showNumberedList();
    const first = shownIndexes(container);
    expect(first[0]).toBe(0);
    expect(first.length).toBeLessThanOrEqual(15);
    const items = shownItems();
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(
      first.map((index) => `Recommendation ${index + 1}`),
    );
    expect(items[0]).toHaveProperty('textContent', expect.stringContaining('Recommendation text 0001'));
    // Moving stays possible on what is shown: the first cannot go up, the second can.
    expect(screen.getByRole('button', { name: 'Move recommendation 1 up' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Move recommendation 2 up' })).toHaveProperty(
      'disabled',
      false,
    );

    act(() => scrollWindowTo(200_000));
    await settle();
    const later = shownIndexes(container);
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThanOrEqual(15);
    expect(Math.min(...later)).toBeGreaterThan(500);
    expect(screen.queryByText('Recommendation text 0001')).toBeNull();
    expect(shownItems().map((item) => item.getAttribute('aria-label'))).toEqual(
      later.map((index) => `Recommendation ${index + 1}`),
    );
    const last = later.at(-1)! + 1;
    expect(screen.getByText(`Recommendation text ${fourDigits(last)}`)).toBeTruthy();
  });

  it('shows a short list whole', async () => {
    await renderRecommendations(7);
    await showNumberedList();
    expect(shownItems()).toHaveLength(7);
    expect(screen.getByRole('button', { name: 'Move recommendation 7 down' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});
