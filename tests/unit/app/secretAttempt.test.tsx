// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WrongSecretError } from '../../../renderer/db/protection/errors';
import { useSecretAttempt } from '../../../renderer/ui/protection/useSecretAttempt';

const isWrongSecret = (error: unknown) => error instanceof WrongSecretError;

describe('trying a passphrase or recovery key', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('tells a wrong secret apart, and lets the user try again', async () => {
    const { result } = renderHook(() => useSecretAttempt(isWrongSecret));
    let succeeded = true;
    await act(async () => {
      succeeded = await result.current.attempt(() => Promise.reject(new WrongSecretError()));
    });
    expect(succeeded).toBe(false);
    expect(result.current).toMatchObject({ wrong: true, failed: false, busy: false });

    act(() => result.current.clear());
    expect(result.current.wrong).toBe(false);
  });

  it('reports any other failure as such, without calling it a wrong secret', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { result } = renderHook(() => useSecretAttempt(isWrongSecret));
    await act(async () => {
      await result.current.attempt(() => Promise.reject(new Error('disk full')));
    });
    expect(result.current).toMatchObject({ wrong: false, failed: true, busy: false });
    expect(logged).toHaveBeenCalledOnce();
  });

  it('stays busy after a success (the form gives way) and clears an earlier refusal', async () => {
    const { result } = renderHook(() => useSecretAttempt(isWrongSecret));
    await act(async () => {
      await result.current.attempt(() => Promise.reject(new WrongSecretError()));
    });
    let succeeded = false;
    await act(async () => {
      succeeded = await result.current.attempt(() => Promise.resolve());
    });
    expect(succeeded).toBe(true);
    expect(result.current).toMatchObject({ wrong: false, failed: false, busy: true });
  });
});
