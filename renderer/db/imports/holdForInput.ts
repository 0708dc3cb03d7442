/**
 * How long the import worker gives way to the window after the person's click, key or wheel: a
 * screen's answer to a click (its render, style, layout and frame) takes some 100–200 ms.
 */
export const HOLD_MS = 300;

/** What the person does that the window must answer at once. */
const ACTS = ['pointerdown', 'keydown', 'wheel'] as const;

/**
 * Calls `hold(HOLD_MS)` when the person clicks, types or scrolls in `target` (the window), at most
 * once per a third of HOLD_MS (a wheel fires dozens of events a second). Returns the way to stop
 * listening (when the worker ends). See importPacer.ts for why.
 */
export function holdWhileThePersonActs(
  target: EventTarget,
  hold: (ms: number) => void,
  now: () => number = () => performance.now(),
): () => void {
  let heldAt = -Infinity;
  const act = () => {
    const at = now();
    if (at - heldAt < HOLD_MS / 3) return;
    heldAt = at;
    hold(HOLD_MS);
  };
  const options = { capture: true, passive: true } as const;
  for (const type of ACTS) target.addEventListener(type, act, options);
  return () => {
    for (const type of ACTS) target.removeEventListener(type, act, options);
  };
}
