import { useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useFirstPaintDone } from './useFirstPaintDone';

interface Options {
  count: number;
  itemKey(index: number): string;
  /** A first guess at an item's height in pixels, space after it included; each is measured once shown. */
  estimateSize: number;
  /** Lists this long or shorter keep all their items in the DOM, wherever the window is. */
  showAllUpTo?: number;
  /**
   * The list follows another long list on the page (a group after the first): no item until its
   * place is measured, right after the first render and before the first paint. Why: a list takes
   * itself for the first on the page until then and renders a window's worth of items, thrown
   * away at once; the findings' five groups rendered 32 cards to show one, which after a restore
   * kept a busy laptop's findings loading for seconds. The first list shows its items from its
   * first render (a screen's first frame waits for it).
   */
  belowOtherLists?: boolean;
}

/**
 * A length up to which a screen's only list is better shown whole: a few dozen items cost little,
 * and all are there for find-in-page, printing and a screen reader's list navigation.
 */
export const SHORT_LIST_LENGTH = 30;

/** Items shown beyond each edge of the window, so keyboard focus and quick scrolling find them ready. */
const OVERSCAN = 4;
/** The same in pixels, for lists entirely off the window. */
const OVERSCAN_PX = 1000;

/**
 * Which items of a list in the page's own scroll are near the window, for lists that keep only
 * those in the DOM (cards or table rows). The list may sit anywhere on the page, below other
 * lists: `containerRef` goes on the element the items start in, so their positions count from it.
 * Shown items are measured by giving them `data-index` and `ref={measureElement}`.
 */
export function useWindowVirtualRows<E extends HTMLElement>({
  count,
  itemKey,
  estimateSize,
  showAllUpTo = 0,
  belowOtherLists = false,
}: Options) {
  const containerRef = useRef<E>(null);
  // Where the list starts in the page: lists above it (other groups) change it as they grow. Null
  // until measured, right after the first render.
  const [measuredOffset, setOffset] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element) {
      setOffset(0);
      return;
    }
    const measure = () => setOffset(element.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const offset = measuredOffset ?? 0;
  // The overscan is for keyboard focus and quick scrolling, not for the first sight: rendered with
  // the first screen it delayed it (the large tour's programme rendered four days of cards where one
  // and a half are seen).
  const painted = useFirstPaintDone();
  const showAll = count <= showAllUpTo;
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimateSize,
    // Overscan by the whole list keeps every item of a short one in the range.
    overscan: showAll ? count : painted ? OVERSCAN : 0,
    scrollMargin: offset,
    getItemKey: itemKey,
    // The window's size from the first render on: by default the virtualiser counts a window of
    // 0 × 0 until its first measurement (after the first paint), and renders no item until then.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  // The virtualiser keeps its first items (and overscan) even when the whole list is far from the
  // window, as are all groups but one of a long page: those are left out too.
  const top = virtualizer.scrollOffset ?? 0;
  const bottom = top + (virtualizer.scrollRect?.height ?? window.innerHeight);
  const margin = painted ? OVERSCAN_PX : 0;
  const placeUnknown = belowOtherLists && measuredOffset === null;
  const rows =
    !showAll && placeUnknown
      ? []
      : virtualizer
          .getVirtualItems()
          .filter((row) => showAll || (row.end >= top - margin && row.start <= bottom + margin));
  return {
    containerRef,
    /** Where the list starts in the page; items' `start` and `end` count from the page's top. */
    offset,
    rows,
    /** The list's height in pixels, items not shown counted at their measured or guessed height. */
    totalSize: virtualizer.getTotalSize(),
    measureElement: virtualizer.measureElement,
  };
}
