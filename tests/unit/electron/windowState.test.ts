import { describe, expect, it } from 'vitest';
import {
  captureWindowState,
  DEFAULT_WINDOW_STATE,
  fitWindowState,
  MIN_WINDOW_SIZE,
  parseWindowState,
  type Rect,
} from '../../../electron/windowState';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const external: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(
      parseWindowState({ x: 10, y: 20, width: 1300, height: 900, maximized: true, fullScreen: false }),
    ).toEqual({ x: 10, y: 20, width: 1300, height: 900, maximized: true, fullScreen: false });
  });

  it('drops a position that is only half there', () => {
    expect(parseWindowState({ x: 10, width: 1300, height: 900 })).toEqual({
      width: 1300,
      height: 900,
      maximized: false,
      fullScreen: false,
    });
  });

  it.each([
    null,
    'text',
    [],
    {},
    { width: '1300', height: 900 },
    { width: -5, height: 900 },
    { width: Number.NaN, height: 900 },
    { width: 1e9, height: 900 },
  ])('gives null for %j', (json) => {
    expect(parseWindowState(json)).toBeNull();
  });
});

describe('fitWindowState', () => {
  it('keeps a window that is on a screen', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: false, fullScreen: false };
    expect(fitWindowState(saved, [laptop, external])).toEqual(saved);
  });

  it('centres a window whose screen was unplugged, and shrinks it to the screen left', () => {
    const saved = { x: 2000, y: 100, width: 2400, height: 1300, maximized: true, fullScreen: false };
    expect(fitWindowState(saved, [laptop])).toEqual({
      width: 1920,
      height: 1040,
      maximized: true,
      fullScreen: false,
    });
  });

  it('centres a window whose title bar is above the screen', () => {
    const saved = { x: 100, y: -500, width: 1300, height: 900, maximized: false, fullScreen: false };
    expect(fitWindowState(saved, [laptop])).not.toHaveProperty('x');
  });

  it('never goes below the minimum size a screen allows', () => {
    const small = fitWindowState({ ...DEFAULT_WINDOW_STATE, width: 200, height: 100 }, [laptop]);
    expect(small.width).toBe(MIN_WINDOW_SIZE.width);
    expect(small.height).toBe(MIN_WINDOW_SIZE.height);
    const tinyScreen = fitWindowState(DEFAULT_WINDOW_STATE, [{ x: 0, y: 0, width: 800, height: 600 }]);
    expect(tinyScreen).toMatchObject({ width: 800, height: 600 });
  });

  it('falls back to defaults with no screen information', () => {
    expect(fitWindowState({ ...DEFAULT_WINDOW_STATE, x: 5, y: 5 }, [])).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('captureWindowState', () => {
  it('saves the normal bounds of a maximised window, so un-maximising restores its size', () => {
    const state = captureWindowState({
      getNormalBounds: () => ({ x: 40, y: 50, width: 1200, height: 760 }),
      isMaximized: () => true,
      isFullScreen: () => false,
    });
    expect(state).toEqual({ x: 40, y: 50, width: 1200, height: 760, maximized: true, fullScreen: false });
    expect(parseWindowState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});
