/**
 * How the import worker shares the processor with the window. On a laptop of two cores a worker
 * reading 10,000 cards takes one of them whole, and the window's thread, the compositor and the
 * browser share the other: a click on another screen was answered in 250–550 ms instead of ~100.
 * So while the person acts (the window sends `hold` on a click or a key), the worker stops between
 * two steps of its work until the hold ends, and the window has the processor to itself.
 */
export interface ImportPacer {
  /** The worker waits from its next step until `ms` from now (a later hold extends it). */
  hold(ms: number): void;
  /**
   * Awaited between steps: every SLICE_MS or so gives the event loop a turn (so that a `hold` from
   * the window is heard), then waits while a hold lasts.
   */
  pace(): Promise<void>;
}

/** At most this long between two turns of the worker's event loop: how late a hold is heard. */
export const SLICE_MS = 8;

export interface PacerClock {
  now(): number;
  /** Lets the event loop run other tasks (messages), then resolves. */
  turn(): Promise<void>;
  sleep(ms: number): Promise<void>;
}

/** A turn of the event loop without setTimeout's 4 ms floor on nested timers (closed at once: nothing stays open). */
function messageTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function workerClock(): PacerClock {
  return {
    now: () => performance.now(),
    turn: messageTurn,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

export function createImportPacer(clock: PacerClock = workerClock()): ImportPacer {
  let heldUntil = 0;
  let turnedAt = clock.now();
  return {
    hold(ms) {
      heldUntil = Math.max(heldUntil, clock.now() + ms);
    },
    async pace() {
      if (clock.now() - turnedAt < SLICE_MS) return;
      await clock.turn();
      for (let left = heldUntil - clock.now(); left > 0; left = heldUntil - clock.now())
        await clock.sleep(left);
      turnedAt = clock.now();
    },
  };
}
