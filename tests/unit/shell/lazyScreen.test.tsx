// @vitest-environment jsdom
import { Suspense } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyScreen } from '../../../renderer/app/lazyScreen';
import { screenChunk } from '../../../renderer/app/screenChunks';

afterEach(cleanup);

function Agenda() {
  return <h1>Agenda</h1>;
}

/** A screen's chunk that loads when asked, like `import()`. */
const agendaChunk = () => screenChunk(() => Promise.resolve({ Agenda }));

const inSuspense = (element: React.ReactElement) => <Suspense fallback={<p>Loading…</p>}>{element}</Suspense>;

describe('a screen loaded on demand', () => {
  it('is shown in the first render when start-up already loaded its chunk (no loading frame)', async () => {
    const chunk = agendaChunk();
    expect(chunk.loaded()).toBeUndefined();
    await chunk();
    expect(chunk.loaded()?.Agenda).toBe(Agenda);
    render(inSuspense(lazyScreen(chunk, 'Agenda').element));
    // Synchronously after the first render: React's lazy alone would show the fallback here.
    expect(screen.getByRole('heading', { name: 'Agenda' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('shows the loading frame until a chunk not loaded yet is there, then the screen', async () => {
    const chunk = agendaChunk();
    render(inSuspense(lazyScreen(chunk, 'Agenda').element));
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Agenda' })).toBeTruthy();
  });
});
