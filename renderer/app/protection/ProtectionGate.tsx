import { lazy, Suspense, useCallback, useEffect, useState, type ComponentProps, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { firstRunCheck, lockNow, protectionMode, readIdleMinutes } from '../../db/protection';
import { useProtectionMode } from '../../db/queries/protectionMode';
import { onLockRequested } from '../../ui/protection/lockRequests';
import { useReadingAfterUnlock } from './afterUnlock';
import { firstRunChoiceChunk } from './firstRunChoiceChunk';
import { lockScreenChunk } from './lockScreenChunk';
import { useLockTriggers } from './useLockTriggers';

type Phase = 'checking' | 'first-run' | 'open';

// Loaded only when shown: most starts open an unprotected database that has tours, and the start
// script stays within its size (npm run bench -- size).
const LazyFirstRunChoice = lazy(() =>
  firstRunChoiceChunk().then((module) => ({ default: module.FirstRunChoice })),
);

/** The first-run choice: at once when start-up has loaded its chunk (earlyStart.ts), else lazily. */
function FirstRunChoice({ onDone }: { onDone(): void }) {
  const Loaded = firstRunChoiceChunk.loaded()?.FirstRunChoice;
  if (Loaded) return <Loaded onDone={onDone} />;
  return (
    <Suspense fallback={<Waiting />}>
      <LazyFirstRunChoice onDone={onDone} />
    </Suspense>
  );
}

function Waiting() {
  return (
    <Center h="100vh">
      <Loader aria-hidden />
    </Center>
  );
}

type LockScreenModule = typeof import('./LockScreen');

/**
 * The lock screen once its chunk is there: at a locked start it already is (earlyStart.ts) and
 * shows in the first frame. Not React's lazy: its suspension shows the wait for at least 300 ms,
 * and a later switch to the loaded component would start the screen afresh, typing and all.
 */
function LockScreenWhenLoaded(props: ComponentProps<LockScreenModule['LockScreen']>) {
  const [module, setModule] = useState<LockScreenModule | undefined>(lockScreenChunk.loaded);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (module) return;
    let live = true;
    lockScreenChunk().then(
      (loaded) => live && setModule(loaded),
      (error: unknown) => live && setFailure(error ?? new Error('The lock screen could not be loaded')),
    );
    return () => {
      live = false;
    };
  }, [module]);
  // The error boundary above says that the screen could not be shown.
  if (failure) throw failure;
  return module ? <module.LockScreen {...props} /> : <Waiting />;
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
  if (phase === 'first-run') return <FirstRunChoice onDone={() => setPhase('open')} />;
  // Unlocked, the lock screen stays (busy) until the app's first screen has been read.
  if (mode === 'locked' || locking || readingAfterUnlock)
    return (
      <LockScreenWhenLoaded
        settling={locking}
        onSettled={() => {
          lockNow();
          setLocking(false);
        }}
      />
    );
  return children;
}
