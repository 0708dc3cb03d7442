import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { firstRunCheck, lockNow, protectionMode, readIdleMinutes } from '../../db/protection';
import { useProtectionMode } from '../../db/queries/protectionMode';
import { onLockRequested } from '../../ui/protection/lockRequests';
import { ChunkWhenLoaded } from '../ChunkWhenLoaded';
import { useReadingAfterUnlock } from './afterUnlock';
import { firstRunChoiceChunk } from './firstRunChoiceChunk';
import { lockScreenChunk } from './lockScreenChunk';
import { useLockTriggers } from './useLockTriggers';

type Phase = 'checking' | 'first-run' | 'open';

function Waiting() {
  return (
    <Center h="100vh">
      <Loader aria-hidden />
    </Center>
  );
}

/**
 * Between the app and its data: the first-run choice on a new, empty database, the lock screen
 * while the database is locked, the app (`children`) otherwise. Locking (Ctrl+L, the Lock button,
 * the idle time) first closes the app, so that the open forms keep their drafts, and forgets the
 * key once those are written: after unlocking, the forms offer them back. `firstRun`: the check's
 * answer when start-up already has it (the gate then opens on the app in its first render).
 */
export function ProtectionGate({ children, firstRun }: { children: ReactNode; firstRun?: boolean }) {
  const mode = useProtectionMode();
  const [phase, setPhase] = useState<Phase>(
    firstRun === undefined ? 'checking' : firstRun ? 'first-run' : 'open',
  );
  const [locking, setLocking] = useState(false);
  const idleMinutes = useLiveQuery(readIdleMinutes, []);
  const readingAfterUnlock = useReadingAfterUnlock();

  const checked = firstRun !== undefined;
  useEffect(() => {
    if (checked) return;
    let live = true;
    firstRunCheck().then(
      (firstRun) => live && setPhase(firstRun ? 'first-run' : 'open'),
      (error: unknown) => {
        // The app reports a database that cannot be opened itself.
        console.error(error);
        if (live) setPhase('open');
      },
    );
    return () => {
      live = false;
    };
  }, [checked]);

  const lock = useCallback(() => {
    if (protectionMode() !== 'unlocked') return;
    // A message still shown could name a record.
    notifications.clean();
    setLocking(true);
  }, []);
  useEffect(() => onLockRequested(lock), [lock]);
  useLockTriggers(phase === 'open' && mode === 'unlocked' && !locking, idleMinutes ?? 0, lock);

  if (phase === 'checking') return <Waiting />;
  // Each loaded only when shown (most starts open an unprotected database that has tours, and the
  // start script stays within its size: npm run bench -- size), at once when start-up has loaded it.
  if (phase === 'first-run')
    return (
      <ChunkWhenLoaded key="first-run" chunk={firstRunChoiceChunk} waiting={<Waiting />}>
        {(loaded) => <loaded.FirstRunChoice onDone={() => setPhase('open')} />}
      </ChunkWhenLoaded>
    );
  // Unlocked, the lock screen stays (busy) until the app's first screen has been read.
  if (mode === 'locked' || locking || readingAfterUnlock)
    return (
      <ChunkWhenLoaded key="lock" chunk={lockScreenChunk} waiting={<Waiting />}>
        {(loaded) => (
          <loaded.LockScreen
            settling={locking}
            onSettled={() => {
              lockNow();
              setLocking(false);
            }}
          />
        )}
      </ChunkWhenLoaded>
    );
  return children;
}
