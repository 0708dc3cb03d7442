// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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

function groupSection(
  heading: string,
  findings: Finding[],
  photosOf: (id: string) => [] = () => [],
  belowOtherGroups = false,
) {
  return (
    <FindingGroupSection
      heading={heading}
      group={{
        key: null,
        findings,
        counts: { 'good-practice': 0, 'lesson-negative': 0, observation: findings.length },
      }}
      belowOtherGroups={belowOtherGroups}
      photosOf={photosOf}
      records={noRecords}
      me={null}
      onEdit={() => undefined}
      onDelete={() => undefined}
      onPropose={() => undefined}
    />
  );
}

function renderGroup(count: number) {
  // Rendered, then left to measure its cards as a browser would over its next frames.
  const findings = Array.from({ length: count }, (_, index) => finding(index + 1));
  return renderSettled(<MantineProvider>{groupSection('Key point 1', findings)}</MantineProvider>);
}

/** Where a browser lays out `element`: the second key point's section starts 5000 px down the page. */
function layOutSecondGroupFarBelow(this: Element): DOMRect {
  const top = this.closest('section[aria-label="Key point 2"]') ? 5000 : 0;
  return { top, bottom: top, left: 0, right: 0, width: 0, height: 0, x: 0, y: top, toJSON: () => ({}) };
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

  it('renders no card of a later group far below the window, not even before it knows where it is', async () => {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(layOutSecondGroupFarBelow);
    const findings = Array.from({ length: 120 }, (_, index) => finding(index + 1));
    // Each card shown asks for its finding's photos.
    const photosAskedFor: string[] = [];
    const photosOf = (id: string): [] => {
      photosAskedFor.push(id);
      return [];
    };
    await renderSettled(
      <MantineProvider>
        {groupSection('Key point 1', findings.slice(0, 60), photosOf)}
        {groupSection('Key point 2', findings.slice(60), photosOf, true)}
      </MantineProvider>,
    );
    expect(screen.getByText('Finding number 1')).toBeTruthy();
    // Before, every group took itself for the first on the page and rendered a window's worth of
    // cards, thrown away when measured: after a restore that kept a busy laptop's findings loading.
    const secondGroupIds = new Set(findings.slice(60).map((item) => item.id));
    expect(photosAskedFor.filter((id) => secondGroupIds.has(id))).toEqual([]);
  });

  it('shows a short group whole', async () => {
    await renderGroup(3);
    expect(shownTitles()).toHaveLength(3);
  });
});
