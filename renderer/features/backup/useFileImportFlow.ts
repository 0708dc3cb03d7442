import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupErrorMessage } from './backupMessages';
import type { IncomingFile } from './incomingFile';
import { ImportCancelled, type ImportProgress, type InspectJob } from '../../domain/imports/importProgress';

/** Where a file import stands: nothing yet, being checked, previewed, applied, or refused. */
export type FileImportState<Plan, Result> =
  | { step: 'idle' }
  /** `progress`: how far the decoding is, once the worker has said. */
  | { step: 'checking'; progress: ImportProgress | null }
  | { step: 'plan'; plan: Plan }
  | { step: 'done'; plan: Plan; result: Result }
  | { step: 'error'; message: string };

export interface FileImportFlow<Plan, Result> {
  state: FileImportState<Plan, Result>;
  /** True while the plan is being applied (buttons wait). */
  busy: boolean;
  /** Reads and checks a file; the preview (`plan`) changes nothing yet. */
  check: (load: () => Promise<Uint8Array | Blob>) => Promise<void>;
  /** Applies the previewed plan in one go, or reports why nothing changed. */
  apply: (plan: Plan) => Promise<void>;
  /** Stops a check under way (nothing was written) or drops the preview: back to `idle`. */
  cancel: () => void;
}

/**
 * The one flow of every file brought in (restore of a backup, a colleague's exchange file):
 * check → preview → apply, each failure a translated message with nothing changed. A file handed
 * over by the desktop shell (double-click, "Open with") starts a check once per hand-over.
 */
export function useFileImportFlow<Plan, Result>(options: {
  /** `file`: the bytes, or a picked file as it is (read where it is checked, off the window's thread). */
  inspect: (file: Uint8Array | Blob, job: InspectJob) => Promise<Plan>;
  apply: (plan: Plan) => Promise<Result>;
  /** After a successful apply: keep the result on screen (`done`) or go back to `idle`. */
  onApplied?: (result: Result) => 'done' | 'idle';
  /** Before each check: forget choices made for the previous file. */
  onCheck?: () => void;
  incoming: IncomingFile | null;
}): FileImportFlow<Plan, Result> {
  const { t } = useTranslation();
  const [state, setState] = useState<FileImportState<Plan, Result>>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  // The check under way: Cancel, a newer file or leaving the screen aborts it.
  const running = useRef<AbortController | null>(null);
  const stopRunning = () => {
    running.current?.abort();
    running.current = null;
  };
  useEffect(() => stopRunning, []);

  const fail = (error: unknown) => {
    console.error(error);
    setState({ step: 'error', message: backupErrorMessage(error, t) });
  };

  const check = async (load: () => Promise<Uint8Array | Blob>) => {
    options.onCheck?.();
    stopRunning();
    const controller = new AbortController();
    running.current = controller;
    const { signal } = controller;
    setState({ step: 'checking', progress: null });
    const onProgress = (progress: ImportProgress) => {
      if (!signal.aborted) setState({ step: 'checking', progress });
    };
    try {
      const plan = await options.inspect(await load(), { signal, onProgress });
      if (!signal.aborted) setState({ step: 'plan', plan });
    } catch (error) {
      // A cancelled check has already gone back to idle (or been replaced by the next file's).
      if (!signal.aborted && !(error instanceof ImportCancelled)) fail(error);
    } finally {
      if (running.current === controller) running.current = null;
    }
  };

  const apply = async (plan: Plan) => {
    setBusy(true);
    try {
      const result = await options.apply(plan);
      const next = options.onApplied?.(result) ?? 'done';
      setState(next === 'done' ? { step: 'done', plan, result } : { step: 'idle' });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const { incoming } = options;
  const checkIncoming = useEffectEvent((file: IncomingFile) => void check(async () => file.bytes));
  useEffect(() => {
    if (incoming) checkIncoming(incoming);
  }, [incoming]);

  const cancel = () => {
    stopRunning();
    setState({ step: 'idle' });
  };

  return { state, busy, check, apply, cancel };
}
