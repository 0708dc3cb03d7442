// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../renderer/domain/entities';
import { FindingGroupSection } from '../../../renderer/features/findings/FindingGroupSection';
import type { TourRecords } from '../../../renderer/features/findings/useTourRecords';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';

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
  const findings = Array.from({ length: count }, (_, index) => finding(index + 1));
  render(
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

/** What a browser would measure: every card 200 px tall, in a 768 px window. */
function layOutCardsAt200px() {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.index === undefined ? 0 : 200;
  });
}

function scrollWindowTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  fireEvent.scroll(window);
}

describe('a long group of findings', () => {
  beforeAll(async () => {
    // jsdom lacks matchMedia, which Mantine asks for, and ResizeObserver, which the list uses.
    window.matchMedia ??= () =>
      ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }) as never;
    window.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
    await setupI18n();
    await act(() => changeUiLanguage('en'));
  });
  beforeEach(layOutCardsAt200px);
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    scrollWindowTo(0);
  });

  it('keeps only the cards near the window in the page, whatever the number of findings', () => {
    renderGroup(2000);
    const first = shownTitles();
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(12);
    expect(screen.getByText('Finding number 1')).toBeTruthy();
    act(() => scrollWindowTo(200 * 1000));
    // Cards not yet shown count at the list's guess of their height, so the exact ones shown
    // depend on it: far down the list, and as few as before.
    const later = shownTitles().map((element) => Number(element.textContent?.replace(/\D/g, '')));
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThanOrEqual(12);
    expect(Math.min(...later)).toBeGreaterThan(500);
  });

  it('shows a short group whole', () => {
    renderGroup(3);
    expect(shownTitles()).toHaveLength(3);
  });
});
