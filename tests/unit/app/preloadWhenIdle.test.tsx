// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePreloadWhenIdle } from '../../../renderer/ui/usePreloadWhenIdle';

describe("a screen's code loaded once the browser is idle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits until the screen is shown, then loads once (a timer where the browser has no idle callback)', () => {
    const preload = vi.fn();
    const hook = renderHook(({ shown }) => usePreloadWhenIdle(preload, shown), {
      initialProps: { shown: false },
    });
    vi.advanceTimersByTime(10_000);
    expect(preload).not.toHaveBeenCalled(); // the first render does not wait for it

    hook.rerender({ shown: true });
    vi.advanceTimersByTime(1_999);
    expect(preload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(preload).toHaveBeenCalledTimes(1);
    hook.rerender({ shown: true });
    vi.advanceTimersByTime(10_000);
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it('is not loaded by a screen left before the idle moment', () => {
    const preload = vi.fn();
    const hook = renderHook(() => usePreloadWhenIdle(preload, true));
    hook.unmount();
    vi.advanceTimersByTime(10_000);
    expect(preload).not.toHaveBeenCalled();
  });

  it("asks for the browser's idle moment, at most two seconds away, and cancels it when left", () => {
    const requestIdleCallback = vi.fn((_callback: IdleRequestCallback, _options?: IdleRequestOptions) => 7);
    const cancelIdleCallback = vi.fn();
    vi.stubGlobal('requestIdleCallback', requestIdleCallback);
    vi.stubGlobal('cancelIdleCallback', cancelIdleCallback);
    const preload = vi.fn();
    const hook = renderHook(() => usePreloadWhenIdle(preload, true));
    expect(requestIdleCallback).toHaveBeenCalledWith(preload, { timeout: 2000 });
    hook.unmount();
    expect(cancelIdleCallback).toHaveBeenCalledWith(7);
  });
});
