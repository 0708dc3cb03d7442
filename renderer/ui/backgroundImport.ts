import { ImportCancelled, type ImportProgress, type InspectJob } from '../domain/imports/importProgress';

/** How often the progress is redrawn within a stage, at most (each redraw is a render). */
export const REDRAW_EVERY_MS = 250;

/** Where the one file being imported stands. Nothing of it is written in any of these phases. */
export type ImportPhase<T> =
  | { phase: 'idle' }
  /** Read in the import worker; `progress`: null until the worker has said. */
  | { phase: 'reading'; tourId: string; file: File; progress: ImportProgress | null }
  /** Read to the end: waiting for the person to review and confirm (or discard) it. */
  | { phase: 'read'; tourId: string; file: File; value: T }
  /** Refused while being read (not a vCard, too large…): `error` says why. */
  | { phase: 'refused'; tourId: string; file: File; error: unknown };

export interface BackgroundImportSnapshot<T> {
  job: ImportPhase<T>;
  /** Whether the import's dialog is shown (the reading goes on whether it is or not). */
  dialogOpen: boolean;
  /** The tour the dialog was opened for (the job's own tour once a file is chosen). */
  dialogTourId: string | null;
}

/**
 * A file import whose reading does not hold the window: the file is read in the import worker
 * while the person keeps working on any screen (the shell shows its progress with Cancel), and its
 * outcome waits for review in the dialog, which may be closed and opened again meanwhile. One file
 * at a time: a second cannot start while one is read (the dialog shows the one under way).
 * Framework-free, so its lifecycle is tested without a window; React reads it with
 * useBackgroundImport.
 */
export interface BackgroundImport<T> {
  get(): BackgroundImportSnapshot<T>;
  subscribe(listener: () => void): () => void;
  /** Shows the dialog: the import under way or waiting for review, or a new one for `tourId`. */
  openDialog(tourId: string): void;
  /** Hides the dialog; a reading goes on in the background, a result waits for review. */
  hideDialog(): void;
  /**
   * Starts reading a file with `read` (which gets the signal of Cancel and where to report its
   * progress). False, and nothing changes, while another file is being read. A result or refusal
   * waiting for review is replaced.
   */
  start(tourId: string, file: File, read: (job: InspectJob) => Promise<T>): boolean;
  /**
   * Stops the reading under way (its worker is terminated: nothing was written), or drops the
   * result or refusal waiting for review; the dialog stays as it is.
   */
  cancel(): void;
  /** Drops the import whatever its phase (cancelling a reading) and closes the dialog. */
  discard(): void;
}

const IDLE = { phase: 'idle' } as const;

export function createBackgroundImport<T>(now: () => number = () => performance.now()): BackgroundImport<T> {
  let snapshot: BackgroundImportSnapshot<T> = { job: IDLE, dialogOpen: false, dialogTourId: null };
  let running: AbortController | null = null;
  const listeners = new Set<() => void>();
  const set = (next: Partial<BackgroundImportSnapshot<T>>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of [...listeners]) listener();
  };
  const stop = () => {
    running?.abort();
    running = null;
  };

  const start: BackgroundImport<T>['start'] = (tourId, file, read) => {
    if (snapshot.job.phase === 'reading') return false;
    const controller = new AbortController();
    running = controller;
    const { signal } = controller;
    set({ job: { phase: 'reading', tourId, file, progress: null }, dialogTourId: tourId });
    let shown: { stage: ImportProgress['stage']; at: number } | null = null;
    // A new stage at once, then at most a few redraws a second: every redraw is a render of the
    // shell's status (and of the dialog when it is open), and hundreds held the window's thread.
    const onProgress = (progress: ImportProgress) => {
      const at = now();
      if (signal.aborted || (shown?.stage === progress.stage && at - shown.at < REDRAW_EVERY_MS)) return;
      shown = { stage: progress.stage, at };
      set({ job: { phase: 'reading', tourId, file, progress } });
    };
    const settle = (job: ImportPhase<T>) => {
      if (running !== controller) return;
      running = null;
      set({ job });
    };
    read({ signal, onProgress }).then(
      (value) => settle(signal.aborted ? IDLE : { phase: 'read', tourId, file, value }),
      (error: unknown) =>
        settle(
          signal.aborted || error instanceof ImportCancelled
            ? IDLE
            : { phase: 'refused', tourId, file, error },
        ),
    );
    return true;
  };

  return {
    get: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openDialog(tourId) {
      set({ dialogOpen: true, dialogTourId: snapshot.job.phase === 'idle' ? tourId : snapshot.job.tourId });
    },
    hideDialog: () => set({ dialogOpen: false }),
    start,
    cancel() {
      stop();
      set({ job: IDLE });
    },
    discard() {
      stop();
      set({ job: IDLE, dialogOpen: false });
    },
  };
}
