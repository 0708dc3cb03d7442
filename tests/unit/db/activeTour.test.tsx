// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readActiveTour, useActiveTourRecord } from '../../../renderer/db/queries/activeTour';
import { setActiveTourId } from '../../../renderer/db/settings';
import { createTour, deleteTour, updateTour } from '../../../renderer/db/tours';
import { resetDb } from './resetDb';
import { TOUR_DRAFT as tourDraft } from './tourDraft';

beforeEach(resetDb);
afterEach(cleanup);

describe('the active tour as start-up reads it and the shell keeps it', () => {
  it('is null with no tour chosen, and the tour once chosen; a deleted tour is none', async () => {
    expect(await readActiveTour()).toBeNull();
    const tour = await createTour(tourDraft);
    await setActiveTourId(tour.id);
    expect((await readActiveTour())?.id).toBe(tour.id);
    await deleteTour(tour.id);
    expect(await readActiveTour()).toBeNull();
  });

  it('shows what start-up read at once and keeps that very object while the record is unchanged', async () => {
    const tour = await createTour(tourDraft);
    await setActiveTourId(tour.id);
    const initial = await readActiveTour();
    // Beside it, the same hook with nothing read at start-up: once its live read is in, so is the other's.
    const hook = renderHook(() => ({
      kept: useActiveTourRecord(initial),
      fresh: useActiveTourRecord(undefined),
    }));
    expect(hook.result.current.kept).toBe(initial);
    await waitFor(() => expect(hook.result.current.fresh).toBeDefined());
    // The live read found an equal record (a new object): the screens keep the one they already got.
    expect(hook.result.current.fresh).not.toBe(initial);
    expect(hook.result.current.fresh).toEqual(initial);
    expect(hook.result.current.kept).toBe(initial);

    await updateTour(tour.id, (current) => ({ ...current, title: { en: 'Renamed' } }));
    await waitFor(() => expect(hook.result.current.kept?.title.en).toBe('Renamed'));
  });

  it('is undefined while loading when start-up could not read it, then the tour', async () => {
    const tour = await createTour(tourDraft);
    await setActiveTourId(tour.id);
    const hook = renderHook(() => useActiveTourRecord(undefined));
    expect(hook.result.current).toBeUndefined();
    await waitFor(() => expect(hook.result.current?.id).toBe(tour.id));
  });

  it('follows a switch to no tour', async () => {
    const tour = await createTour(tourDraft);
    await setActiveTourId(tour.id);
    const hook = renderHook(() => useActiveTourRecord(null));
    await waitFor(() => expect(hook.result.current?.id).toBe(tour.id));
    await setActiveTourId(null);
    await waitFor(() => expect(hook.result.current).toBeNull());
  });
});
