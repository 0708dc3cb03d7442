// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../renderer/domain/entities';
import { FindingGroupSection } from '../../../renderer/features/findings/FindingGroupSection';
import type { TourRecords } from '../../../renderer/db/queries/useTourRecords';
import { prepareVirtualListTests, renderSettled, scrollWindowTo, settle } from '../windowVirtualLists';

function finding(index: number): Finding {
  return {
    id: `f${index}`,
    tourId: 't',
    createdAt: '2010-09-20T10:00:00.000Z',
    updatedAt: '2010-09-20T10:00:00.000Z',
    deviceId: 'd',
    revision: 1,
    deletedAt: null,
    themeId: 'k1',
    eventId: null,
    kind: 'observation',
    title: { en: `Finding number ${index}` },
    text: {},
    sourceContactIds: [],
    authorDelegateId: null,
    date: null,
    tags: [],
    applicability: null,
    applicabilityNote: {},
    includeInReport: true,
  };
}

const noRecords: TourRecords = {
  themes: [],
  events: [],
  contacts: [],
  delegates: [],
  findings: [],
  recommendations: [],
  materials: [],
  attachments: [],
};

function renderGroup(count: number) {
  // Rendered, then left to measure its cards as a browser would over its next frames.
  const findings = Array.from({ length: count }, (_, index) => finding(index + 1));
  return renderSettled(
    <MantineProvider>
      <FindingGroupSection
        heading="Key point 1"
        group={{
          key: null,
          findings,
          counts: { 'good-practice': 0, 'lesson-negative': 0, observation: count },
        }}
        photosOf={() => []}
        records={noRecords}
        onEdit={() => undefined}
        onDelete={() => undefined}
        onPropose={() => undefined}
      />
    </MantineProvider>,
  );
}

const shownTitles = () => screen.queryAllByText(/^Finding number \d+$/);

describe('a long group of findings', () => {
  prepareVirtualListTests();

  it('keeps only the cards near the window in the page, whatever the number of findings', async () => {
    await renderGroup(2000);
    const first = shownTitles();
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(15);
    expect(screen.getByText('Finding number 1')).toBeTruthy();
    act(() => scrollWindowTo(200 * 1000));
    await settle();
    // Cards not yet shown count at the list's guess of their height, so the exact ones shown
    // depend on it: far down the list, and as few as before.
    const later = shownTitles().map((element) => Number(element.textContent?.replace(/\D/g, '')));
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThanOrEqual(15);
    expect(Math.min(...later)).toBeGreaterThan(500);
  });

  it('shows a short group whole', async () => {
    await renderGroup(3);
    expect(shownTitles()).toHaveLength(3);
  });
});
