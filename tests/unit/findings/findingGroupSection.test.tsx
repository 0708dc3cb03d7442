// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
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

describe('a long group of findings', () => {
  beforeAll(async () => {
    // jsdom lacks matchMedia, which Mantine asks for.
    window.matchMedia ??= () =>
      ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }) as never;
    await setupI18n();
    await act(() => changeUiLanguage('en'));
  });
  afterEach(cleanup);

  it('shows a bounded page first and more on request, whatever the number of findings', () => {
    renderGroup(120);
    expect(shownTitles()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more findings' }));
    expect(shownTitles()).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more findings' }));
    expect(shownTitles()).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /more finding/ })).toBeNull();
  });

  it('shows a short group whole, with no button', () => {
    renderGroup(16);
    expect(shownTitles()).toHaveLength(16);
    expect(screen.queryByRole('button', { name: /more finding/ })).toBeNull();
  });
});
