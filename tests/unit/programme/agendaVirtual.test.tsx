// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Tour, TourEvent } from '../../../renderer/domain/entities';
import { AgendaView } from '../../../renderer/features/programme/AgendaView';
import type { ProgrammeRecords } from '../../../renderer/features/programme/useProgrammeRecords';
import {
  meta,
  renderSettled,
  scrollWindowTo,
  settle,
  shownIndexes,
  prepareVirtualListTests,
} from '../windowVirtualLists';

// A tour in 2010: no day of it is today, so no "today" badge or "now"/"next" highlight depends on the clock.
const FIRST_DAY = '2010-09-20';

/** "2010-09-20" plus `days` days. */
function dayOf(days: number): string {
  const date = new Date(`${FIRST_DAY}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function tour(dayCount: number): Tour {
  return {
    ...meta('t'),
    title: { en: 'Study tour to Hungary' },
    purpose: {},
    hostCountry: 'HU',
    startDate: FIRST_DAY,
    endDate: dayOf(dayCount - 1),
    timeZone: 'Europe/Budapest',
    homeTimeZone: 'Europe/Minsk',
    supportedBy: {},
    followUp: {},
    conclusions: {},
  };
}

/** "001" for 1: titles then sort and read in number order. */
const threeDigits = (index: number) => String(index).padStart(3, '0');

/** Visit `index` (from 1), the `slot`-th of its day: an hour and a half each, from 09:00. */
function visit(index: number, day: string, slot: number): TourEvent {
  const hour = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const start = 9 * 60 + slot * 100;
  return {
    ...meta(`e${threeDigits(index)}`),
    kind: 'visit',
    title: { en: `Visit ${threeDigits(index)}` },
    start: `${day}T${hour(start)}`,
    end: `${day}T${hour(start + 90)}`,
    timeZone: 'Europe/Budapest',
    place: 'Budapest',
    address: '',
    organisationId: null,
    hostContactIds: [],
    delegateIds: [],
    interpreterContactId: null,
    themeIds: [],
    notes: {},
  };
}

/** Visits numbered in order, `perDay[d]` of them on day `d` of the tour. */
function programme(perDay: readonly number[]): TourEvent[] {
  const events: TourEvent[] = [];
  perDay.forEach((count, day) => {
    for (let slot = 0; slot < count; slot += 1) events.push(visit(events.length + 1, dayOf(day), slot));
  });
  return events;
}

async function renderAgenda(perDay: readonly number[]) {
  const records: ProgrammeRecords = {
    events: programme(perDay),
    delegates: [],
    themes: [],
    organisations: [],
  };
  return renderSettled(
    <MantineProvider>
      <MemoryRouter>
        <AgendaView tour={tour(perDay.length)} records={records} />
      </MemoryRouter>
    </MantineProvider>,
  );
}

/**
 * What a browser would measure: each day of the programme (its heading and visits) 600 px tall, in
 * jsdom's 768 px window. The shared `layOutItemsAt200px` suits a card or a table row; a day of five
 * visits is nearer three times that, and at 200 px eight of the twelve days would be within the
 * list's overscan of the window.
 */
const DAY_HEIGHT = 600;
function layOutDaysAt600px(): void {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.index === undefined ? 0 : DAY_HEIGHT;
  });
}

/** The day sections in the page, as assistive technology finds them: regions named by their date heading. */
const shownDays = () => screen.queryAllByRole('region', { name: /2010$/ });

/** The titles of the visits in the page, in page order. */
const shownVisits = () =>
  screen.queryAllByRole('article').map((article) => within(article).getByText(/^Visit \d{3}$/).textContent);

/** Five visits a day for `days` days. */
const fiveADay = (days: number) => Array.from({ length: days }, () => 5);

describe('the programme of a tour', () => {
  prepareVirtualListTests(layOutDaysAt600px);

  it('shows the first days in its first render, before anything is measured, and only those in the window (start-up waits for it)', () => {
    const records: ProgrammeRecords = {
      events: programme(fiveADay(12)),
      delegates: [],
      themes: [],
      organisations: [],
    };
    // The first render alone, as markup: no effect runs, nothing is measured (a test renderer's
    // render would run the list's layout effects and render again before returning).
    const firstRender = renderToString(
      <MantineProvider>
        <MemoryRouter>
          <AgendaView tour={tour(12)} records={records} />
        </MemoryRouter>
      </MantineProvider>,
    );
    expect(firstRender).toContain('Visit 001');
    // jsdom's window is 768 px tall: two days at the guessed height. The days beyond it (kept for
    // keyboard focus and quick scrolling) come after the first paint, which they would delay.
    expect(firstRender).toContain('Visit 010');
    expect(firstRender).not.toContain('Visit 011');
  });

  it('keeps only the days near the window in the page on a long tour, and shows later ones as it scrolls', async () => {
    const { container } = await renderAgenda(fiveADay(12));
    expect(shownIndexes(container)[0]).toBe(0);
    const first = shownDays();
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(4);
    expect(first[0]).toHaveProperty('textContent', expect.stringContaining('20 September 2010'));
    expect(within(first[0]!).getAllByRole('article')[0]).toHaveProperty(
      'textContent',
      expect.stringContaining('Visit 001'),
    );
    // Only the shown days' visits are in the page: five each, in order from the first.
    expect(shownVisits()).toEqual(
      Array.from({ length: first.length * 5 }, (_, index) => `Visit ${threeDigits(index + 1)}`),
    );

    // The end of the page: the last day's bottom at the window's.
    act(() => scrollWindowTo(12 * DAY_HEIGHT - window.innerHeight));
    await settle();
    const later = shownIndexes(container);
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThanOrEqual(4);
    expect(Math.min(...later)).toBeGreaterThan(4);
    expect(later.at(-1)).toBe(11);
    const lastDays = shownDays();
    expect(lastDays).toHaveLength(later.length);
    expect(lastDays.at(-1)).toHaveProperty('textContent', expect.stringContaining('1 October 2010'));
    expect(screen.getByRole('article', { name: 'Visit 060' })).toBeTruthy();
    expect(screen.queryByText(/20 September 2010/)).toBeNull();
    expect(screen.queryByRole('article', { name: 'Visit 001' })).toBeNull();
    expect(shownVisits()).toHaveLength(later.length * 5);
  });

  it("shows a week's programme whole, wherever the window is", async () => {
    // 11 visits over five days, as unevenly as a real week.
    const week = [2, 3, 1, 3, 2];
    const all = Array.from({ length: 11 }, (_, index) => `Visit ${threeDigits(index + 1)}`);
    const { container } = await renderAgenda(week);
    expect(shownIndexes(container)).toEqual([0, 1, 2, 3, 4]);
    expect(shownDays()).toHaveLength(5);
    expect(shownVisits()).toEqual(all);

    for (const y of [2 * DAY_HEIGHT, 200_000, 0]) {
      act(() => scrollWindowTo(y));
      await settle();
      expect(shownDays()).toHaveLength(5);
      expect(shownVisits()).toEqual(all);
    }
  });

  it('shows thirty visits whole even over ten days: the count of visits, not of days, decides', async () => {
    const { container } = await renderAgenda(Array.from({ length: 10 }, () => 3));
    expect(shownIndexes(container)).toHaveLength(10);
    expect(shownVisits()).toHaveLength(30);
  });
});
