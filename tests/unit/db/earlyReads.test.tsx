// @vitest-environment jsdom
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { delegates } from '../../../renderer/db/repositories';
import { earlyReadDone } from '../../../renderer/db/queries/earlyReads';
import { readTourRecordsEarly, useTourRecordsOf } from '../../../renderer/db/queries/tourRecords';
import { createTour } from '../../../renderer/db/tours';
import { resetDb } from './resetDb';
import { TOUR_DRAFT as tourDraft } from './tourDraft';

beforeEach(resetDb);
afterEach(cleanup);

const KINDS = ['delegates'] as const;

async function tourWithDelegate(familyName: string) {
  const tour = await createTour(tourDraft);
  const delegate = await delegates.save({
    tourId: tour.id,
    familyName,
    givenName: 'A',
    patronymic: '',
    rank: {},
    position: {},
    organisation: {},
    gender: 'unspecified',
    role: 'head',
    order: 0,
  });
  return { tour, delegate };
}

/** Start-up's read, finished (as it usually is when the screen's script arrives). */
async function readEarly(tourId: string) {
  readTourRecordsEarly(tourId, KINDS);
  await earlyReadDone(tourId, KINDS);
}

describe('the records start-up reads for the screen it lands on', () => {
  it("are there on the screen's first render, the same objects kept when the live read finds them unchanged", async () => {
    const { tour } = await tourWithDelegate('Ivanov');
    await readEarly(tour.id);
    const hook = renderHook(() => useTourRecordsOf(tour.id, KINDS));
    const first = hook.result.current.delegates;
    expect(first?.map((delegate) => delegate.familyName)).toEqual(['Ivanov']);
    // Another screen asking now reads for itself (given once): once its live read is in, so is the first's.
    const other = renderHook(() => useTourRecordsOf(tour.id, KINDS));
    expect(other.result.current.delegates).toBeUndefined();
    await waitFor(() => expect(other.result.current.delegates).toBeDefined());
    expect(other.result.current.delegates).toEqual(first);
    expect(hook.result.current.delegates).toBe(first);
  });

  it('give way to the live read once something changed', async () => {
    const { tour, delegate } = await tourWithDelegate('Ivanov');
    await readEarly(tour.id);
    const hook = renderHook(() => useTourRecordsOf(tour.id, KINDS));
    const first = hook.result.current.delegates;
    expect(first?.[0]?.familyName).toBe('Ivanov');
    await delegates.save({ ...delegate, familyName: 'Petrov' });
    await waitFor(() => expect(hook.result.current.delegates?.[0]?.familyName).toBe('Petrov'));
  });

  it('keep the screen waiting while the read is still running, then show it at once', async () => {
    const { tour } = await tourWithDelegate('Ivanov');
    readTourRecordsEarly(tour.id, KINDS);
    const shown: string[] = [];
    function Names() {
      const { delegates: list } = useTourRecordsOf(tour.id, KINDS);
      const text = list ? list.map((delegate) => delegate.familyName).join() : 'empty';
      shown.push(text);
      return <p>{text}</p>;
    }
    // In act, which lets React come back to a component that waited (it does not otherwise, in tests).
    await act(async () => {
      render(
        <Suspense fallback={<p>loading</p>}>
          <Names />
        </Suspense>,
      );
    });
    expect(await screen.findByText('Ivanov')).toBeTruthy();
    // Never rendered empty.
    expect(shown).not.toContain('empty');
  });
});
