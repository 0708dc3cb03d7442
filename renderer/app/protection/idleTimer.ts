/**
 * Calls `onIdle` once no input was reported for `minutes` (0: never). Input only stamps the time:
 * the one timer is re-armed for what is left when it fires, so that mouse moves cost nothing.
 */
export interface IdleTimer {
  /** Input happened now. */
  activity(): void;
  stop(): void;
}

export function startIdleTimer(minutes: number, onIdle: () => void): IdleTimer {
  if (!(minutes > 0)) return { activity() {}, stop() {} };
  const limit = minutes * 60_000;
  let last = Date.now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const arm = (delay: number) => {
    timer = setTimeout(check, delay);
  };
  const check = () => {
    const quiet = Date.now() - last;
    if (quiet >= limit) {
      timer = null;
      onIdle();
    } else arm(limit - quiet);
  };
  arm(limit);
  return {
    activity() {
      last = Date.now();
      // After firing, input starts a new wait (the app was unlocked again).
      if (timer === null) arm(limit);
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
