// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { tourReadAtUnlock, useReadingAfterUnlock } from '../../../renderer/app/protection/afterUnlock';
import { lockedAtLastStart } from '../../../renderer/app/protection/lockedStartHint';
import { ProtectionGate } from '../../../renderer/app/protection/ProtectionGate';
import { rememberProtection } from '../../../renderer/app/protection/rememberLockedStart';
import { lockNow, turnOnProtection, unlockWithPassphrase } from '../../../renderer/db/protection';
import { useEarlyUntilLive } from '../../../renderer/db/queries/earlyRecords';
import { useTourRecordsOf } from '../../../renderer/db/queries/tourRecords';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { setActiveTourId } from '../../../renderer/db/settings';
import { PROGRAMME_RECORD_KINDS } from '../../../renderer/features/programme/programmeRecordKinds';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import sample from '../../../renderer/assets/sample/study-tour-hungary-2010.json';
import { resetDb } from '../db/resetDb';
import { stubMissingBrowserApis } from '../windowVirtualLists';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const PASSPHRASE = 'Балатон осенью 2010';
const QUICK = { memorySize: 8_192, iterations: 1, parallelism: 1 };

/** The programme's records as its screen gets them: what its first frame shows. */
function FirstFrameOfProgramme({ tourId }: { tourId: string }) {
  const { events } = useTourRecordsOf(tourId, PROGRAMME_RECORD_KINDS);
  const [first] = useState(events);
  return <h1>{first ? `First frame: ${first.length} events` : 'First frame: no events yet'}</h1>;
}

function AppBehindTheLock() {
  const tour = tourReadAtUnlock();
  return tour ? <FirstFrameOfProgramme tourId={tour.id} /> : <h1>No tour read at the unlock</h1>;
}

async function unlockThroughTheLockScreen() {
  fireEvent.change(await screen.findByLabelText('Passphrase'), { target: { value: PASSPHRASE } });
  fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
}

describe('after an unlock, the app opens on its screen with the records it shows', () => {
  beforeAll(async () => {
    await setupI18n();
    await changeUiLanguage('en');
    stubMissingBrowserApis();
  });
  beforeEach(async () => {
    await resetDb();
    localStorage.clear();
  });
  afterEach(() => {
    cleanup();
    window.location.hash = '';
  });

  it('shows the programme’s events in the first frame after the unlock, and forgets them at the next lock', async () => {
    await setActiveTourId(await importSampleFile(sample));
    await turnOnProtection(PASSPHRASE, QUICK);
    lockNow();
    window.location.hash = '#/programme';
    render(
      <MantineProvider>
        <ProtectionGate firstRun={false}>
          <AppBehindTheLock />
        </ProtectionGate>
      </MantineProvider>,
    );
    await unlockThroughTheLockScreen();
    expect(await screen.findByRole('heading', { name: /^First frame: \d+ events$/ })).toBeTruthy();
    expect(tourReadAtUnlock()).toBeTruthy();

    lockNow();
    expect(await screen.findByRole('heading', { name: 'Delegation Desk is locked' })).toBeTruthy();
    // Nothing of the tour stays in memory behind the lock screen.
    expect(tourReadAtUnlock()).toBeUndefined();
  });

  it('keeps nothing of what an unlock read when the app is locked again before the read is done', async () => {
    const tourId = await importSampleFile(sample);
    await setActiveTourId(tourId);
    await turnOnProtection(PASSPHRASE, QUICK);
    lockNow();
    window.location.hash = '#/programme';
    const reading = renderHook(useReadingAfterUnlock);
    await unlockWithPassphrase(PASSPHRASE);
    // The tour is read; the programme's records are being read when Ctrl+L (or the idle time) locks.
    await vi.waitFor(() => expect(tourReadAtUnlock()).toBeTruthy());
    lockNow();
    await waitFor(() => expect(reading.result.current).toBe(false));
    expect(tourReadAtUnlock()).toBeUndefined();
    const early = renderHook(() => useEarlyUntilLive(tourId, PROGRAMME_RECORD_KINDS, undefined));
    expect(early.result.current).toBeUndefined();
  });

  it('keeps for the next start whether it opens locked: as protection is turned on, and as a database opens', async () => {
    await importSampleFile(sample);
    rememberProtection();
    expect(lockedAtLastStart()).toBe(false);
    await turnOnProtection(PASSPHRASE, QUICK);
    expect(lockedAtLastStart()).toBe(true);
    lockNow();
    expect(lockedAtLastStart()).toBe(true);
    // A plain database opened (here a new one): the next start does not expect the lock screen.
    await resetDb();
    rememberProtection();
    expect(lockedAtLastStart()).toBe(false);
  });
});
