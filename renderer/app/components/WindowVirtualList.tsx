import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';

interface Props<T> {
  items: readonly T[];
  itemKey(item: T): string;
  renderItem(item: T, index: number): ReactNode;
  /** A first guess at an item's height in pixels; each is measured once shown. */
  estimateHeight: number;
  /** Space between items in pixels. */
  gap?: number;
}

/** Items shown beyond each edge of the window, so keyboard focus and quick scrolling find them ready. */
const OVERSCAN = 4;
/** The same in pixels, for lists entirely off the window. */
const OVERSCAN_PX = 1000;

/**
 * A list in the page's own scroll whose DOM holds only the items near the window, whatever its
 * length: a tour with thousands of findings keeps language switches and edits quick. Items may
 * have any height (they are measured); the list may sit anywhere on the page, below other lists.
 */
export function WindowVirtualList<T>({ items, itemKey, renderItem, estimateHeight, gap = 0 }: Props<T>) {
  const listRef = useRef<HTMLDivElement>(null);
  // Where the list starts in the page: lists above it (other groups) change it as they grow.
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const element = listRef.current;
    if (!element) return;
    const measure = () => setOffset(element.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimateHeight + gap,
    overscan: OVERSCAN,
    scrollMargin: offset,
    getItemKey: (index) => itemKey(items[index]!),
  });
  // The virtualiser keeps its first items (and overscan) even when the whole list is far from the
  // window, as are all groups but one of a long page: those are left out too.
  const top = virtualizer.scrollOffset ?? 0;
  const bottom = top + (virtualizer.scrollRect?.height ?? window.innerHeight);
  const near = virtualizer
    .getVirtualItems()
    .filter((row) => row.end >= top - OVERSCAN_PX && row.start <= bottom + OVERSCAN_PX);
  return (
    <div ref={listRef} style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
      {near.map((row) => (
        <div
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          style={{
            position: 'absolute',
            top: 0,
            left: 0,
            width: '100%',
            paddingBottom: gap,
            transform: `translateY(${row.start - offset}px)`,
          }}
        >
          {renderItem(items[row.index]!, row.index)}
        </div>
      ))}
    </div>
  );
}
