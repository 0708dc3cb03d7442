import { useEffect, useRef, useState } from 'react';
import { ImportCancelled, type ImportProgress, type InspectJob } from '../domain/imports/importProgress';

/** How often the progress bar is redrawn within a stage, at most. */
const REDRAW_EVERY_MS = 250;

export interface ImportCheck {
  /** True while a file is being read. */
  checking: boolean;
  /** How far it is, once the worker has said. */
  progress: ImportProgress | null;
  /**
   * Reads a file with `read` (a check under way is cancelled first): its result, or null when it
   * was cancelled. Any other failure is thrown for the caller to explain.
   */
  run: <T>(read: (job: InspectJob) => Promise<T>) => Promise<{ value: T } | null>;
  /** Stops the check under way: nothing was written, so nothing changes. */
  cancel: () => void;
}

/**
 * A file read in the import worker from a dialog or screen: its progress for ImportProgressBar,
 * and Cancel. Leaving (unmounting) cancels the check too, so its worker never outlives the screen.
 */
export function useImportCheck(): ImportCheck {
  const running = useRef<AbortController | null>(null);
  const [checking, setChecking] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const cancel = () => {
    running.current?.abort();
    running.current = null;
    setChecking(false);
    setProgress(null);
  };

  const run = async <T>(read: (job: InspectJob) => Promise<T>): Promise<{ value: T } | null> => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const { signal } = controller;
    setChecking(true);
    setProgress(null);
    let shown: { stage: ImportProgress['stage']; at: number } | null = null;
    // A new stage at once, then at most a few redraws a second: each is a render of the dialog,
    // and hundreds of them kept the window's thread busy while the worker read the file.
    const onProgress = (update: ImportProgress) => {
      const now = performance.now();
      if (signal.aborted || (shown?.stage === update.stage && now - shown.at < REDRAW_EVERY_MS)) return;
      shown = { stage: update.stage, at: now };
      setProgress(update);
    };
    try {
      const value = await read({ signal, onProgress });
      return signal.aborted ? null : { value };
    } catch (error) {
      if (signal.aborted || error instanceof ImportCancelled) return null;
      throw error;
    } finally {
      if (running.current === controller) {
        running.current = null;
        setChecking(false);
        setProgress(null);
      }
    }
  };

  return { checking, progress, run, cancel };
}
