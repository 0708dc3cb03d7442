// Remembering the window's size and position between runs. The pure parts (parse, fit to the screens that
// exist now) are here for the tests; main.ts reads and writes the JSON file in the data folder.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent: let the system centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WINDOW_SIZE = { width: 1024, height: 700 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = {
  width: 1280,
  height: 800,
  maximized: false,
  fullScreen: false,
};

/** Some of the title bar must be on a screen, or the user could not grab the window to move it. */
const MIN_VISIBLE = 64;
/** Anything above this is a corrupt file, not a window. */
const MAX_COORDINATE = 100_000;

function isFiniteInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;
}

/** Reads a saved state defensively: a hand-edited or truncated file gives null, never an exception. */
export function parseWindowState(json: unknown): WindowState | null {
  if (typeof json !== 'object' || json === null) return null;
  const value = json as Record<string, unknown>;
  const { x, y, width, height, maximized, fullScreen } = value;
  if (!isFiniteInt(width) || !isFiniteInt(height) || width <= 0 || height <= 0) return null;
  const state: WindowState = {
    width: Math.round(width),
    height: Math.round(height),
    maximized: maximized === true,
    fullScreen: fullScreen === true,
  };
  if (isFiniteInt(x) && isFiniteInt(y)) {
    state.x = Math.round(x);
    state.y = Math.round(y);
  }
  return state;
}

function overlap(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.min(a.x + a.width, b.x + b.width) - x,
    height: Math.min(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * Adapts a saved state to the screens attached now (a laptop taken off its docking station between runs):
 * the size is kept within the largest work area and the minimum size, and a position whose title bar
 * would be off every screen is dropped, so the window opens centred instead of invisible.
 */
export function fitWindowState(saved: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return { ...DEFAULT_WINDOW_STATE };
  const maxWidth = Math.max(...workAreas.map((area) => area.width));
  const maxHeight = Math.max(...workAreas.map((area) => area.height));
  const width = Math.max(Math.min(saved.width, maxWidth), Math.min(MIN_WINDOW_SIZE.width, maxWidth));
  const height = Math.max(Math.min(saved.height, maxHeight), Math.min(MIN_WINDOW_SIZE.height, maxHeight));
  const fitted: WindowState = { width, height, maximized: saved.maximized, fullScreen: saved.fullScreen };
  if (saved.x === undefined || saved.y === undefined) return fitted;

  const titleBar: Rect = { x: saved.x, y: saved.y, width, height: 32 };
  const reachable = workAreas.some((area) => {
    const visible = overlap(titleBar, area);
    return visible.width >= MIN_VISIBLE && visible.height > 0;
  });
  return reachable ? { ...fitted, x: saved.x, y: saved.y } : fitted;
}

/** What main.ts reads off a BrowserWindow when saving; the normal bounds survive maximise and full screen. */
export interface WindowLike {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}

export function captureWindowState(window: WindowLike): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    maximized: window.isMaximized(),
    fullScreen: window.isFullScreen(),
  };
}
