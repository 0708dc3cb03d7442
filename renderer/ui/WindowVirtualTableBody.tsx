import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useWindowVirtualRows } from './useWindowVirtualRows';

interface Props<T> {
  items: readonly T[];
  itemKey(item: T): string;
  /** The cells (`Table.Td`) of an item's row. */
  renderCells(item: T, index: number): ReactNode;
  /** A first guess at a row's height in pixels; each is measured once shown. */
  estimateHeight: number;
  /** How many columns the table has: the spacer rows span them all. */
  columnCount: number;
  /** Tables this long or shorter keep all their rows in the DOM (e.g. `SHORT_LIST_LENGTH`). */
  showAllUpTo?: number;
}

/**
 * A table body in the page's own scroll whose DOM holds only the rows near the window, whatever
 * the table's length; rows not shown are stood in for by a spacer row above and one below, so the
 * table keeps its height and the header its columns. Goes inside a Mantine `Table` after its
 * `Table.Thead`; short tables show every row, with no spacer.
 */
export function WindowVirtualTableBody<T>({
  items,
  itemKey,
  renderCells,
  estimateHeight,
  columnCount,
  showAllUpTo,
}: Props<T>) {
  const { containerRef, offset, rows, totalSize, measureElement } =
    useWindowVirtualRows<HTMLTableSectionElement>({
      count: items.length,
      itemKey: (index) => itemKey(items[index]!),
      estimateSize: estimateHeight,
      showAllUpTo,
    });
  const first = rows[0];
  const last = rows.at(-1);
  const above = first ? first.start - offset : totalSize;
  const below = last ? totalSize - (last.end - offset) : 0;
  return (
    <Table.Tbody ref={containerRef}>
      {above > 0 && <SpacerRow height={above} columnCount={columnCount} />}
      {/* Striped tables colour rows by their place among the body's rows: an even number of
          rows before an even-numbered one keeps each row's colour as the table scrolls. */}
      {above > 0 && first && first.index % 2 === 0 && <SpacerRow height={0} columnCount={columnCount} />}
      {rows.map((row) => (
        <Table.Tr key={row.key} data-index={row.index} ref={measureElement}>
          {renderCells(items[row.index]!, row.index)}
        </Table.Tr>
      ))}
      {below > 0 && <SpacerRow height={below} columnCount={columnCount} />}
    </Table.Tbody>
  );
}

/** Empty space standing in for rows not shown; hidden from assistive technology. */
function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden>
      <td colSpan={columnCount} style={{ height, padding: 0, border: 'none' }} />
    </tr>
  );
}
