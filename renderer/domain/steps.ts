/**
 * Long work written as a generator that yields between its steps (a few milliseconds each), so the
 * same code runs to the end at once (runSteps) or gives way between steps (runStepsPaced): the
 * import worker lets the window's thread have the processor while the person clicks or types.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps, awaiting `pace` between them (which may wait, or give the event loop a turn). */
export async function runStepsPaced<T>(steps: Steps<T>, pace: () => Promise<void>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pace();
  }
}
