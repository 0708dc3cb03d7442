import { useEffect, useState } from 'react';

/**
 * False until the page has been painted once with the component that calls it, then true: for
 * what the first sight does not need (a list's overscan, the notifications' container), which
 * would otherwise delay it. A frame, then a task: the task runs after that frame's paint.
 */
export function useFirstPaintDone(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setDone(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return done;
}
