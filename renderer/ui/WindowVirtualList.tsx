import { memo, type ReactNode } from 'react';
import { useWindowVirtualRows } from './useWindowVirtualRows';

interface Props<T> {
  items: readonly T[];
  itemKey(item: T): string;
  renderItem(item: T, index: number): ReactNode;
  /** A first guess at an item's height in pixels; each is measured once shown. */
  estimateHeight: number;
  /** Space between items in pixels. */
  gap?: number;
  /**
   * A list element (`ol`, `ul`) makes each item an `li`, named by `itemLabel`: what an item renders
   * must then not be an `li` itself.
   */
  as?: 'div' | 'ol' | 'ul';
  'aria-label'?: string;
  itemLabel?(item: T, index: number): string;
  /** Lists this long or shorter keep all their items in the DOM (e.g. `SHORT_LIST_LENGTH`). */
  showAllUpTo?: number;
  /** The list follows another long list on the page (see useWindowVirtualRows). */
  belowOtherLists?: boolean;
}

interface ItemContentProps {
  item: unknown;
  index: number;
  render(item: unknown, index: number): ReactNode;
}

/**
 * An item's content, rendered again only when the item, its place or the list's `renderItem` (a
 * new one with each render of the screen) changes. Why: the list renders itself again when it
 * measures its items or the window scrolls, which moves the items and changes nothing in them;
 * on the programme's start-up that second render (before the first paint) re-rendered every card.
 */
const ItemContent = memo(function ItemContent({ item, index, render }: ItemContentProps) {
  return render(item, index);
});

/**
 * A list in the page's own scroll whose DOM holds only the items near the window, whatever its
 * length: a tour with thousands of findings keeps language switches and edits quick. Items may
 * have any height (they are measured); the list may sit anywhere on the page, below other lists.
 */
export function WindowVirtualList<T>({
  items,
  itemKey,
  renderItem,
  estimateHeight,
  gap = 0,
  as: List = 'div',
  'aria-label': label,
  itemLabel,
  showAllUpTo,
  belowOtherLists,
}: Props<T>) {
  // Typed as all three elements the list may be, so the ref fits whichever it is.
  const { containerRef, offset, rows, totalSize, measureElement } = useWindowVirtualRows<
    HTMLDivElement & HTMLOListElement & HTMLUListElement
  >({
    count: items.length,
    itemKey: (index) => itemKey(items[index]!),
    estimateSize: estimateHeight + gap,
    showAllUpTo,
    belowOtherLists,
  });
  const Item = List === 'div' ? 'div' : 'li';
  return (
    <List
      ref={containerRef}
      aria-label={label}
      style={{ position: 'relative', height: totalSize, margin: 0, padding: 0, listStyle: 'none' }}
    >
      {rows.map((row) => (
        <Item
          key={row.key}
          data-index={row.index}
          ref={measureElement}
          aria-label={itemLabel?.(items[row.index]!, row.index)}
          style={{
            position: 'absolute',
            top: 0,
            left: 0,
            width: '100%',
            paddingBottom: gap,
            transform: `translateY(${row.start - offset}px)`,
          }}
        >
          <ItemContent
            item={items[row.index]}
            index={row.index}
            render={renderItem as ItemContentProps['render']}
          />
        </Item>
      ))}
    </List>
  );
}
