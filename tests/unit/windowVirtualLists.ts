// What the tests of virtualised lists (cards or table rows in the page's scroll) need from jsdom.
import { act, cleanup, fireEvent, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { changeUiLanguage, setupI18n } from '../../renderer/i18n/setup';
import type { RecordMeta } from '../../renderer/domain/entities';

/**
 * jsdom lacks matchMedia, which Mantine asks for, `document.fonts`, which its growing text boxes
 * listen to, ResizeObserver, by which the lists measure their items, and scrolling, by which they
 * keep what is on screen in place as items above it are measured.
 */
export function stubMissingBrowserApis(): void {
  window.matchMedia ??= () =>
    ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }) as never;
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget() });
  // Like a browser's, it reports an element's size once, soon after it starts observing it (and
  // never again: sizes do not change here). See `settle`.
  window.ResizeObserver = class {
    constructor(private readonly report: ResizeObserverCallback) {}
    observe(target: Element) {
      setTimeout(() => this.report([{ target } as ResizeObserverEntry], this));
    }
    unobserve() {}
    disconnect() {}
  };
  // Scrolling moves the page at once, and tells of it at the next frame.
  window.scrollTo = ((options: ScrollToOptions) => {
    setScrollY(options.top ?? window.scrollY);
    setTimeout(() => fireEvent.scroll(window));
  }) as never;
}

/** What a browser would measure: every list item 200 px tall, in jsdom's 768 px window. */
export function layOutItemsAt200px(): void {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.index === undefined ? 0 : 200;
  });
}

function setScrollY(y: number): void {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
}

/** The user scrolls the page to `y`. */
export function scrollWindowTo(y: number): void {
  setScrollY(y);
  fireEvent.scroll(window);
}

/** The positions in their list of the items in the DOM now. */
export function shownIndexes(container: HTMLElement): number[] {
  return [...container.querySelectorAll<HTMLElement>('[data-index]')].map((element) =>
    Number(element.dataset.index),
  );
}

/** The stamps every stored record carries, for record `id` of tour `t`. */
export function meta(id: string): RecordMeta & { tourId: string } {
  return {
    id,
    tourId: 't',
    createdAt: '2010-09-20T10:00:00.000Z',
    updatedAt: '2010-09-20T10:00:00.000Z',
    deviceId: 'd',
    revision: 1,
    deletedAt: null,
  };
}

/** "0042" for 42: numbered names then sort in number order. */
export const fourDigits = (index: number) => String(index).padStart(4, '0');

/**
 * Lets a list finish what follows its first showing or a scroll, as a browser does over its next
 * frames: measuring the items shown, keeping what is on screen in place, noticing a scroll's end.
 * The clock is fake (see `prepareVirtualListTests`): 300 ms pass at once, however busy the machine.
 */
export async function settle(): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(300));
}

/** Timers the lists and the stubs above use; promises, microtasks and setImmediate stay real. */
const FAKE_TIMERS = [
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'requestAnimationFrame',
  'cancelAnimationFrame',
] as const;

/** Renders a screen and lets it load (translations, lazy parts) and lay out its list. */
export async function renderSettled(ui: ReactElement): Promise<RenderResult> {
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(ui);
  });
  await settle();
  return result!;
}

/**
 * The set-up every test of a virtualised list shares, for the `describe` it is called in: an
 * English interface and the browser APIs jsdom lacks; a fake clock and items laid out by `layOut`
 * before each test; after each, the DOM emptied, timers still pending dropped (so nothing of one
 * test runs in the next), mocks restored, the real clock back and the page at the top.
 */
export function prepareVirtualListTests(layOut: () => void = layOutItemsAt200px): void {
  beforeAll(async () => {
    stubMissingBrowserApis();
    await setupI18n();
    await act(() => changeUiLanguage('en'));
  });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: [...FAKE_TIMERS] });
    layOut();
  });
  afterEach(() => {
    cleanup();
    vi.clearAllTimers();
    vi.useRealTimers();
    vi.restoreAllMocks();
    scrollWindowTo(0);
  });
}
