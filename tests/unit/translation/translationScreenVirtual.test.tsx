// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Tour } from '../../../renderer/domain/entities';
import type { TranslatableTour } from '../../../renderer/domain/findings';
import { TranslationScreen } from '../../../renderer/features/translation/TranslationScreen';
import { finding as findingRecord } from '../search/records';
import {
  fourDigits,
  meta,
  prepareVirtualListTests,
  renderSettled,
  scrollWindowTo,
  settle,
  shownIndexes,
} from '../windowVirtualLists';

// The tour's texts, as the database would give them.
const snapshot = vi.hoisted(() => ({ current: undefined as TranslatableTour | undefined }));
vi.mock('../../../renderer/ui/activeTour', () => ({ useActiveTour: () => ({ id: 't' }) }));
vi.mock('../../../renderer/features/translation/useTranslatableTour', () => ({
  useTranslatableTour: () => snapshot.current,
}));

/** A finding written in Russian only: its title waits for an English translation. */
const finding = (index: number) =>
  findingRecord(`f${fourDigits(index)}`, { ru: `Вывод ${fourDigits(index)}` });

const tour: Tour = {
  ...meta('t'),
  title: { ru: 'Ознакомительный визит в Венгрию' },
  purpose: {},
  hostCountry: 'HU',
  startDate: '2010-09-19',
  endDate: '2010-09-25',
  timeZone: 'Europe/Budapest',
  homeTimeZone: 'Europe/Minsk',
  supportedBy: {},
  followUp: {},
  conclusions: {},
};

/** The screen as a link opens it: `search` is the address's query (the Documents screen's filter). */
async function renderBacklog(findingCount: number, search = '') {
  snapshot.current = {
    tour,
    themes: [],
    findings: Array.from({ length: findingCount }, (_, index) => finding(index + 1)),
    recommendations: [],
    attachments: [],
    materials: [],
    events: [],
    organisations: [],
    delegates: [],
    contacts: [],
  };
  return renderSettled(
    <MemoryRouter initialEntries={[`/translation${search}`]}>
      <MantineProvider>
        <TranslationScreen />
      </MantineProvider>
    </MemoryRouter>,
  );
}

const rowOf = (number: number) =>
  screen.queryByRole('article', { name: `Finding “Вывод ${fourDigits(number)}” — title` });
const translationBox = (row: HTMLElement) => within(row).getByLabelText('Translation into English');

describe('the translator’s backlog of a large tour', () => {
  prepareVirtualListTests();

  it('keeps only the rows near the window in the page, whatever the backlog’s length', async () => {
    const { container } = await renderBacklog(2000);
    expect(screen.getByRole('status')).toHaveProperty(
      'textContent',
      expect.stringMatching(/\d{4} texts shown/),
    );
    expect(shownIndexes(container).length).toBeLessThanOrEqual(15);

    act(() => scrollWindowTo(300_000));
    await settle();
    const later = shownIndexes(container);
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThanOrEqual(15);
    expect(Math.min(...later)).toBeGreaterThan(1000);
  });

  it('shows exactly the texts a link from the Documents screen asks for, into its language, until told to show all', async () => {
    const keys = ['finding:f0007:title', 'finding:f1500:title'];
    await renderBacklog(2000, `?into=en&from=ru&texts=${keys.join(',')}`);
    expect(screen.getByRole('region', { name: 'Texts from the Documents screen' }).textContent).toContain(
      'Only the 2 texts the Documents screen listed are shown.',
    );
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(rowOf(7)).not.toBeNull();
    expect(rowOf(1500)).not.toBeNull();
    expect(screen.getByRole('combobox', { name: 'Translate into' })).toHaveProperty('value', 'en');

    fireEvent.click(screen.getByRole('button', { name: 'Show all texts' }));
    await settle();
    expect(screen.queryByRole('region', { name: 'Texts from the Documents screen' })).toBeNull();
    expect(screen.getByRole('status')).toHaveProperty(
      'textContent',
      expect.stringMatching(/\d{4} texts shown/),
    );
  });

  it('finds a text far down the backlog by its words, typed without capitals or diacritics', async () => {
    await renderBacklog(2000);
    expect(rowOf(1999)).toBeNull();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a text' }), {
      target: { value: 'вывод 1999' },
    });
    await settle();
    expect(rowOf(1999)).not.toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveProperty('textContent', expect.stringContaining('1 text shown'));

    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a text' }), {
      target: { value: 'вывод 2001' },
    });
    await settle();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText('No text contains “вывод 2001”.')).toBeTruthy();
  });

  it('keeps what was typed when its row leaves the page and when the filter changes, until it is saved', async () => {
    await renderBacklog(2000);
    const kind = screen.getByRole('combobox', { name: 'Show' });
    // Findings only: the first row is the first finding's title.
    fireEvent.change(kind, { target: { value: 'finding' } });
    await settle();
    fireEvent.change(translationBox(rowOf(1)!), { target: { value: 'Finding 0001, in English' } });
    expect(screen.getByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('1 translation not saved yet'),
    );
    expect(within(rowOf(1)!).getByRole('button', { name: 'Save translation' })).toHaveProperty(
      'disabled',
      false,
    );

    act(() => scrollWindowTo(300_000));
    await settle();
    expect(rowOf(1)).toBeNull();
    act(() => scrollWindowTo(0));
    await settle();
    expect(translationBox(rowOf(1)!)).toHaveProperty('value', 'Finding 0001, in English');

    fireEvent.change(kind, { target: { value: 'material' } });
    await settle();
    expect(rowOf(1)).toBeNull();
    fireEvent.change(kind, { target: { value: 'finding' } });
    await settle();
    expect(translationBox(rowOf(1)!)).toHaveProperty('value', 'Finding 0001, in English');

    // Typed back to what is stored (nothing): no longer a draft.
    fireEvent.change(translationBox(rowOf(1)!), { target: { value: '' } });
    expect(screen.getByRole('status').textContent).not.toContain('not saved');
  });
});
