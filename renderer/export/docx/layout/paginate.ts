import { breakLines, type PageRefText, type ParagraphLines } from './lines';
import type { Block, ParagraphBlock, Section, TableBlock, TableRow } from './readBody';

/**
 * Lays blocks out on pages as LibreOffice (and, where they agree, Word) does, to know the page
 * each bookmark starts on: lines fill a page's text area, space before and after paragraphs adds
 * up, `pageBreakBefore` and page breaks start pages, keep-with-next moves a heading to the page of
 * what follows it, keep-lines keeps a paragraph whole, widow and orphan control never leaves one
 * line of a paragraph alone on a page, table rows that may not split move whole and a table's
 * header row is repeated on every page it continues on. One pass over the document; a keep chain
 * that has to move is laid out again once from its start, so the time stays linear.
 */
export interface PageLayout {
  /** The page (from 1) each bookmark starts on. */
  bookmarks: Map<string, number>;
  pageCount: number;
  /** Text measured by a guess (characters or fonts not in the width table). */
  guessed: number;
}

interface State {
  page: number;
  /** Height used on the page, in twips. */
  y: number;
  /** Space after the previous paragraph, still to add if something follows on the page. */
  pendingAfter: number;
  prevStyle: string | undefined;
  prevContextual: boolean;
  /**
   * Whether the page was started by a page break (or is the first): a paragraph at its top keeps
   * its space before; at the top of a page the text flowed onto, the space is dropped (measured).
   */
  hardTop: boolean;
}

interface Placed {
  /** The page of its first line (a table: of its first row). */
  firstPage: number;
  /** Whether it starts a page (nothing above it on the page). */
  atTop: boolean;
  state: State;
}

const ALONE = 2; // widow and orphan control: at least two lines on either side of a page break

/** Hears where each block's first line is placed (page and height used above it): for calibration. */
export type LayoutTrace = (block: Block, page: number, y: number, lines: number) => void;

/**
 * Lines of paragraphs and heights of rows already worked out, kept between the passes of one
 * layout: only paragraphs that show page numbers (the contents) are broken into lines again.
 */
export class MeasureCache {
  readonly lines = new WeakMap<ParagraphBlock, ParagraphLines>();
  readonly rows = new WeakMap<TableRow, number>();
}

const hasPageRef = (block: ParagraphBlock) => block.items.some((item) => item.kind === 'pageRef');

export function paginate(
  blocks: readonly Block[],
  section: Section,
  pageRef: PageRefText,
  trace?: LayoutTrace,
  cache: MeasureCache = new MeasureCache(),
): PageLayout {
  const pageHeight = section.height - section.top - section.bottom;
  const textWidth = section.width - section.left - section.right;
  const bookmarks = new Map<string, number>();
  let guessed = 0;
  let state: State = {
    page: 1,
    y: 0,
    pendingAfter: 0,
    prevStyle: undefined,
    prevContextual: false,
    hardTop: true,
  };
  const placed: Placed[] = [];
  /** Blocks that start on a new page because their keep chain had to move. */
  const forcedBreak = new Set<number>();

  const linesOf = (block: ParagraphBlock, width: number): ParagraphLines => {
    const known = cache.lines.get(block);
    if (known) return known;
    const result = breakLines(block, width, pageRef);
    guessed += result.guessed;
    if (!hasPageRef(block)) cache.lines.set(block, result);
    return result;
  };

  const newPage = (hard = false) => {
    state = { ...state, page: state.page + 1, y: 0, pendingAfter: 0, hardTop: hard };
  };

  const placeParagraph = (block: ParagraphBlock, forced: boolean): number => {
    const { props } = block;
    const result = linesOf(block, textWidth);
    const contextual =
      props.contextualSpacing === true && state.prevContextual && state.prevStyle === props.styleId;
    if (props.pageBreakBefore && state.y > 0) newPage(true);
    else if (props.pageBreakBefore && state.y === 0) state.hardTop = true;
    else if (forced && state.y > 0) newPage();
    const before = contextual ? 0 : (props.before ?? 0);
    const after = props.after ?? 0;
    if (contextual) state.pendingAfter = 0;
    const heights = result.heights;
    const breaks = new Set(result.pageBreaksBefore);
    let firstPage = -1;
    let line = 0;
    // The part of the paragraph that must stay together from `line`: keep-lines, or widows and orphans.
    const widow = props.widowControl !== false;
    let brokeAt = -1;
    while (line < heights.length) {
      if (breaks.has(line) && brokeAt !== line && (line > 0 || state.y > 0)) {
        newPage(true);
        brokeAt = line;
      }
      const top = state.y === 0;
      const space = top
        ? line === 0 && state.hardTop
          ? before
          : 0
        : Math.max(state.pendingAfter, line === 0 ? before : 0);
      // How many lines fit on this page.
      let room = pageHeight - state.y - space;
      let fit = 0;
      let end = line;
      while (end < heights.length && !(end > line && breaks.has(end))) {
        const h = heights[end] ?? 0;
        if (h > room) break;
        room -= h;
        fit += 1;
        end += 1;
      }
      const segmentEnd = (() => {
        let e = line;
        while (e < heights.length && !(e > line && breaks.has(e))) e += 1;
        return e;
      })();
      if (end < segmentEnd) {
        // Not all of this part fits: split, or move it whole.
        const total = segmentEnd - line;
        let keep = fit;
        if (props.keepLines === true && line === 0) keep = 0;
        if (widow && total >= 2) {
          if (segmentEnd - (line + keep) < ALONE) keep = segmentEnd - line - ALONE;
          if (keep < ALONE && line === 0) keep = 0;
          if (keep < 1) keep = 0;
        }
        if (keep <= 0 && !top) {
          newPage();
          continue;
        }
        if (keep <= 0) keep = Math.max(1, fit); // a part taller than a page: it splits where it must
        if (firstPage < 0) firstPage = state.page;
        for (let i = line; i < line + keep; i += 1) state.y += heights[i] ?? 0;
        state.y += space;
        line += keep;
        newPage();
        continue;
      }
      if (firstPage < 0) firstPage = state.page;
      state.y += space;
      for (let i = line; i < segmentEnd; i += 1) state.y += heights[i] ?? 0;
      line = segmentEnd;
    }
    trace?.(block, firstPage, 0, heights.length);
    state.pendingAfter = after;
    state.prevStyle = props.styleId;
    state.prevContextual = props.contextualSpacing === true;
    for (const name of block.bookmarks) if (!bookmarks.has(name)) bookmarks.set(name, firstPage);
    return firstPage;
  };

  const cellHeight = (blocks: readonly Block[], width: number): number => {
    let height = 0;
    let pendingAfter = 0;
    for (const block of blocks) {
      if (block.kind === 'table') {
        height += pendingAfter + tableRowsHeight(block, width);
        pendingAfter = 0;
        continue;
      }
      const result = linesOf(block, width);
      height += (height > 0 ? pendingAfter : 0) + (block.props.before ?? 0);
      for (const h of result.heights) height += h;
      pendingAfter = block.props.after ?? 0;
    }
    return height + pendingAfter;
  };

  const rowHeight = (table: TableBlock, row: TableRow): number => {
    const known = cache.rows.get(row);
    if (known !== undefined) return known;
    const height = measureRow(table, row);
    cache.rows.set(row, height);
    return height;
  };

  const measureRow = (table: TableBlock, row: TableRow): number => {
    let content = 0;
    for (const cell of row.cells)
      content = Math.max(
        content,
        cellHeight(cell.blocks, cell.width - table.margins.left - table.margins.right),
      );
    const natural = content + table.margins.top + table.margins.bottom + table.border;
    if (!row.height) return natural;
    return row.height.rule === 'exact' ? row.height.value : Math.max(natural, row.height.value);
  };

  const tableRowsHeight = (table: TableBlock, _width: number): number =>
    table.rows.reduce((sum, row) => sum + rowHeight(table, row), 0) + table.border;

  const placeTable = (table: TableBlock, forced: boolean): number => {
    if (forced && state.y > 0) newPage();
    const space = state.y === 0 ? 0 : state.pendingAfter;
    state.y += space;
    state.pendingAfter = 0;
    const heights = table.rows.map((row) => rowHeight(table, row));
    let headerCount = 0;
    while (headerCount < table.rows.length && table.rows[headerCount]?.header) headerCount += 1;
    const headerHeight = heights.slice(0, headerCount).reduce((a, b) => a + b, 0);
    let firstPage = -1;
    const startedAtTop = state.y === 0;
    // The first body row on the current page: it stays there whatever keeps with it.
    let firstOnPage = headerCount;
    let moved = false;
    // The top border of the table.
    state.y += table.border;
    for (let r = 0; r < table.rows.length; r += 1) {
      const h = heights[r] ?? 0;
      // The header rows go with the first row after them.
      const together = r < headerCount ? headerHeight - sumTo(heights, r) + (heights[headerCount] ?? 0) : h;
      if (state.y + together > pageHeight && state.y > 0) {
        // Rows that keep with the next (a day above its events, the last two rows) go with it.
        let from = r;
        while (from > headerCount && from - 1 >= firstOnPage && table.rows[from - 1]?.keepNext) from -= 1;
        if (from === firstOnPage && firstOnPage === headerCount && firstPage === state.page) {
          // The chain reaches back to the table's first row: the whole table starts on the next
          // page (once, and only when something above it stays behind).
          if (!startedAtTop && !moved) {
            moved = true;
            newPage();
            state.y += table.border;
            firstPage = -1;
            r = -1;
            continue;
          }
          from = r;
        } else if (from === firstOnPage) from = r;
        const repeat = from >= headerCount && headerCount > 0;
        newPage();
        state.y += table.border;
        if (repeat) state.y += headerHeight;
        firstOnPage = Math.max(from, headerCount);
        if (from < r) {
          // Lay the chain out again on the new page; this row then comes after it.
          r = from - 1;
          continue;
        }
      }
      if (firstPage < 0) firstPage = state.page;
      state.y += h;
    }
    trace?.(table, firstPage, state.y, heights.length);
    state.prevStyle = undefined;
    state.prevContextual = false;
    for (const name of table.bookmarks) if (!bookmarks.has(name)) bookmarks.set(name, firstPage);
    return firstPage;
  };

  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    const before = { ...state };
    const forced = forcedBreak.has(i);
    const firstPage = block.kind === 'paragraph' ? placeParagraph(block, forced) : placeTable(block, forced);
    placed[i] = { firstPage, atTop: before.y === 0 || firstPage > before.page, state: before };
    // Keep with next: the paragraphs that keep with this block must start on its first page.
    if (i > 0 && keepsWithNext(blocks[i - 1]) && !forced) {
      let start = i - 1;
      while (start > 0 && keepsWithNext(blocks[start - 1])) start -= 1;
      const chainStart = placed[start];
      const last = placed[i - 1];
      if (chainStart && last && last.firstPage < firstPage && !chainStart.atTop) {
        // Lay the chain out again from a new page: once, as it then starts a page.
        for (const name of bookmarksFrom(blocks, start, i)) bookmarks.delete(name);
        state = { ...chainStart.state };
        forcedBreak.add(start);
        i = start - 1;
        continue;
      }
    }
  }
  return { bookmarks, pageCount: state.page, guessed };
}

function sumTo(values: readonly number[], end: number): number {
  let sum = 0;
  for (let i = 0; i < end; i += 1) sum += values[i] ?? 0;
  return sum;
}

function keepsWithNext(block: Block | undefined): boolean {
  return block?.kind === 'paragraph' && block.props.keepNext === true;
}

function bookmarksFrom(blocks: readonly Block[], from: number, to: number): string[] {
  const names: string[] = [];
  for (let i = from; i <= to; i += 1) {
    const block = blocks[i];
    if (block) names.push(...block.bookmarks);
  }
  return names;
}
