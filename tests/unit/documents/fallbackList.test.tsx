// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Fallback } from '../../../renderer/domain/documents/fallbacks';
import { FallbackList } from '../../../renderer/features/documents/FallbackList';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import { stubMissingBrowserApis } from '../windowVirtualLists';

const fallback = (index: number): Fallback => ({
  record: 'finding',
  recordId: `f${index}`,
  field: 'title',
  label: `Вывод ${index}`,
  usedLanguage: 'ru',
});

function renderList(count: number) {
  render(
    <MantineProvider>
      <MemoryRouter>
        <FallbackList
          fallbacks={Array.from({ length: count }, (_, i) => fallback(i + 1))}
          documentLanguage="en"
        />
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('texts the document takes from another language', () => {
  beforeAll(async () => {
    stubMissingBrowserApis();
    await setupI18n();
    await act(() => changeUiLanguage('en'));
  });
  afterEach(cleanup);

  it('lists the first hundred of thousands, says how many more, and leads to the Translation screen', () => {
    renderList(2500);
    expect(
      screen.getByRole('heading', { name: 'Texts without a version in the document language: 2500' }),
    ).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Texts that fall back to another language' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
    expect(screen.getByText(/And 2400 more texts\./)).toBeTruthy();
    const toTranslation = screen.getByRole('link', { name: 'Translate them on the Translation screen' });
    expect(toTranslation.getAttribute('href')).toBe('/translation');
  });

  it('lists a few whole, with nothing more to say', () => {
    renderList(3);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
