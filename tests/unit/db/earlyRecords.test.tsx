// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { deleteEventKeepingFindings } from '../../../renderer/db/programme';
import { readRecordsEarly, useTourRecordsOf } from '../../../renderer/db/queries/tourRecords';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import sampleFile from '../../../renderer/assets/sample/study-tour-hungary-2010.json';
import { resetDb } from './resetDb';

const KINDS = ['events', 'contacts'] as const;

beforeEach(resetDb);
afterEach(cleanup);

describe('the records start-up reads for its first screen', () => {
  it('are shown in the first render, and kept as the same objects when the live read finds them unchanged', async () => {
    const tourId = await importSampleFile(sampleFile);
    await readRecordsEarly(tourId, KINDS);
    // Beside it, the same hook with nothing read at start-up: once its live read is in, so is the other's.
    const hook = renderHook(() => ({
      early: useTourRecordsOf(tourId, KINDS),
      fresh: useTourRecordsOf(tourId, KINDS),
    }));
    const first = hook.result.current.early;
    expect(first.events).toHaveLength(11);
    expect(first.contacts?.length).toBeGreaterThan(0);
    expect(hook.result.current.fresh.events).toBeUndefined();

    await waitFor(() => expect(hook.result.current.fresh.events).toHaveLength(11));
    // The live read's arrays are new and equal: the screen keeps those it was first rendered with.
    expect(hook.result.current.fresh.events).not.toBe(first.events);
    expect(hook.result.current.early.events).toBe(first.events);
    expect(hook.result.current.early.contacts).toBe(first.contacts);

    const [event] = first.events!;
    await deleteEventKeepingFindings(event!.id);
    await waitFor(() => expect(hook.result.current.early.events).toHaveLength(10));
  });

  it('are taken once: a second screen of the same records reads for itself', async () => {
    const tourId = await importSampleFile(sampleFile);
    await readRecordsEarly(tourId, KINDS);
    renderHook(() => useTourRecordsOf(tourId, KINDS));
    const later = renderHook(() => useTourRecordsOf(tourId, KINDS));
    expect(later.result.current.events).toBeUndefined();
    await waitFor(() => expect(later.result.current.events).toHaveLength(11));
  });

  it('give way to the live read when something changed before it answered', async () => {
    const tourId = await importSampleFile(sampleFile);
    await readRecordsEarly(tourId, KINDS);
    const hook = renderHook(() => useTourRecordsOf(tourId, KINDS));
    expect(hook.result.current.events).toHaveLength(11);
    const [event] = hook.result.current.events!;
    await deleteEventKeepingFindings(event!.id);
    await waitFor(() => expect(hook.result.current.events).toHaveLength(10));
  });

  it('are not shown for another tour, nor for other kinds', async () => {
    const tourId = await importSampleFile(sampleFile);
    await readRecordsEarly(tourId, KINDS);
    const otherKinds = renderHook(() => useTourRecordsOf(tourId, ['events'] as const));
    expect(otherKinds.result.current.events).toBeUndefined();
    const otherTour = renderHook(() => useTourRecordsOf('no-such-tour', KINDS));
    expect(otherTour.result.current.events).toBeUndefined();
    await waitFor(() => expect(otherTour.result.current.events).toEqual([]));
  });

  it('leave the screen to read for itself when the read fails', async () => {
    const tourId = await importSampleFile(sampleFile);
    db.close();
    await readRecordsEarly(tourId, KINDS);
    await db.open();
    const hook = renderHook(() => useTourRecordsOf(tourId, KINDS));
    expect(hook.result.current.events).toBeUndefined();
    await waitFor(() => expect(hook.result.current.events).toHaveLength(11));
  });
});
