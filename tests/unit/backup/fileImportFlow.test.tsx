// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BackupError } from '../../../renderer/db/backup';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import type { IncomingFile } from '../../../renderer/features/backup/incomingFile';
import { useFileImportFlow } from '../../../renderer/features/backup/useFileImportFlow';
import { ImportCancelled, type InspectJob } from '../../../renderer/domain/imports/importProgress';

const bytes = (text: string) => new TextEncoder().encode(text);

function renderFlow(apply = vi.fn(async (plan: string) => `applied ${plan}`)) {
  const inspect = vi.fn(async (input: Uint8Array | Blob) => {
    const text = new TextDecoder().decode(input as Uint8Array);
    if (text === 'broken') throw new BackupError('not-a-backup');
    return `plan of ${text}`;
  });
  const hook = renderHook(
    ({ incoming }: { incoming: IncomingFile | null }) => useFileImportFlow({ inspect, apply, incoming }),
    { initialProps: { incoming: null as IncomingFile | null } },
  );
  return { ...hook, inspect, apply };
}

describe('the check → preview → apply flow of files brought in', () => {
  beforeAll(async () => {
    await setupI18n();
    await changeUiLanguage('en');
  });

  it('previews a checked file, changes nothing until applied, then shows the result', async () => {
    const { result, apply } = renderFlow();
    await act(() => result.current.check(async () => bytes('tour')));
    expect(result.current.state).toEqual({ step: 'plan', plan: 'plan of tour' });
    expect(apply).not.toHaveBeenCalled();
    await act(() => result.current.apply('plan of tour'));
    expect(result.current.state).toEqual({
      step: 'done',
      plan: 'plan of tour',
      result: 'applied plan of tour',
    });
    act(() => result.current.cancel());
    expect(result.current.state).toEqual({ step: 'idle' });
  });

  it('refuses a bad file with its own message in the interface language, and a failed apply too', async () => {
    const failing = vi.fn(async () => {
      throw new Error('disk full');
    });
    const { result } = renderFlow(failing);
    await act(() => result.current.check(async () => bytes('broken')));
    expect(result.current.state).toEqual({
      step: 'error',
      message: 'This file is not a Delegation Desk backup or exchange file.',
    });
    await act(() => result.current.check(async () => bytes('tour')));
    await act(() => result.current.apply('plan of tour'));
    expect(result.current.state).toEqual({
      step: 'error',
      message: 'Something went wrong while reading the file. Nothing was changed.',
    });
    expect(result.current.busy).toBe(false);
  });

  it('checks a file handed over by the desktop shell once per hand-over', async () => {
    const { result, rerender, inspect } = renderFlow();
    const handOver: IncomingFile = { serial: 1, name: 'a.ddbackup', bytes: bytes('double-clicked') };
    await act(async () => rerender({ incoming: handOver }));
    await vi.waitFor(() =>
      expect(result.current.state).toEqual({ step: 'plan', plan: 'plan of double-clicked' }),
    );
    await act(async () => rerender({ incoming: handOver }));
    expect(inspect).toHaveBeenCalledTimes(1);
  });

  it('shows the decoding’s progress; Cancel stops the check (its signal aborted), and its late result is dropped', async () => {
    let finish: (plan: string) => void = () => undefined;
    let seen: AbortSignal | null = null;
    const inspect = vi.fn(
      (_file: Uint8Array | Blob, job: InspectJob) =>
        new Promise<string>((resolve) => {
          seen = job.signal;
          job.onProgress({ stage: 'unpacking', done: 5, total: 10 });
          finish = resolve;
        }),
    );
    const apply = vi.fn(async (plan: string) => plan);
    const { result } = renderHook(() => useFileImportFlow({ inspect, apply, incoming: null }));
    let checking: Promise<void> = Promise.resolve();
    await act(async () => {
      checking = result.current.check(async () => bytes('big'));
    });
    expect(result.current.state).toEqual({
      step: 'checking',
      progress: { stage: 'unpacking', done: 5, total: 10 },
    });
    act(() => result.current.cancel());
    expect(result.current.state).toEqual({ step: 'idle' });
    expect(seen!.aborted).toBe(true);
    await act(async () => {
      finish('plan of big');
      await checking;
    });
    expect(result.current.state).toEqual({ step: 'idle' });
    expect(apply).not.toHaveBeenCalled();
  });

  it('a cancelled check’s refusal is not shown either (ImportCancelled is no error)', async () => {
    const inspect = vi.fn(async (_file: Uint8Array | Blob, job: InspectJob) => {
      await new Promise((resolve) => job.signal.addEventListener('abort', resolve));
      throw new ImportCancelled();
    });
    const { result } = renderHook(() =>
      useFileImportFlow({ inspect, apply: async (plan: string) => plan, incoming: null }),
    );
    let checking: Promise<void> = Promise.resolve();
    await act(async () => {
      checking = result.current.check(async () => bytes('big'));
    });
    await act(async () => {
      result.current.cancel();
      await checking;
    });
    expect(result.current.state).toEqual({ step: 'idle' });
  });
});
