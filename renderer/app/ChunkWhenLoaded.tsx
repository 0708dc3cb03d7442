import { useEffect, useState, type ReactNode } from 'react';
import type { ScreenChunk } from './screenChunks';

/**
 * What `children` renders from a chunk's module, once the chunk is there: in the first frame when
 * start-up has already loaded it (the lock screen, the first-run choice: earlyStart.ts), else
 * `waiting` until it has. Not React's lazy: its suspension shows the wait for at least 300 ms, and
 * a switch from the lazy component to the loaded one would start the screen afresh, typing and
 * all. A chunk that fails to load is thrown to the error boundary above, which says so. Give each
 * use its own `key`: the module kept is the first chunk's.
 */
export function ChunkWhenLoaded<M>({
  chunk,
  waiting,
  children,
}: {
  chunk: ScreenChunk<M>;
  waiting: ReactNode;
  children(module: M): ReactNode;
}) {
  const [module, setModule] = useState<M | undefined>(chunk.loaded);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (module) return;
    let live = true;
    chunk().then(
      (loaded) => live && setModule(loaded),
      (error: unknown) => live && setFailure(error ?? new Error('A screen could not be loaded')),
    );
    return () => {
      live = false;
    };
  }, [chunk, module]);
  if (failure) throw failure;
  return module ? children(module) : waiting;
}
