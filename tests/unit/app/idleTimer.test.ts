import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIdleTimer } from '../../../renderer/app/protection/idleTimer';

describe('the idle lock timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires once after the chosen minutes without input', () => {
    const onIdle = vi.fn();
    const timer = startIdleTimer(15, onIdle);
    vi.advanceTimersByTime(15 * 60_000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    timer.stop();
  });

  it('counts from the last input', () => {
    const onIdle = vi.fn();
    const timer = startIdleTimer(5, onIdle);
    vi.advanceTimersByTime(4 * 60_000);
    timer.activity();
    vi.advanceTimersByTime(4 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    timer.activity();
    vi.advanceTimersByTime(5 * 60_000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    timer.stop();
  });

  it('waits again after firing when input comes back', () => {
    const onIdle = vi.fn();
    const timer = startIdleTimer(5, onIdle);
    vi.advanceTimersByTime(5 * 60_000);
    timer.activity();
    vi.advanceTimersByTime(5 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(2);
    timer.stop();
  });

  it('never fires for 0 (never) or once stopped', () => {
    const never = vi.fn();
    startIdleTimer(0, never);
    const stopped = vi.fn();
    startIdleTimer(5, stopped).stop();
    vi.advanceTimersByTime(24 * 60 * 60_000);
    expect(never).not.toHaveBeenCalled();
    expect(stopped).not.toHaveBeenCalled();
  });
});
