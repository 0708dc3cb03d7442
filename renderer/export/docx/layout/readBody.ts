import {
  merge,
  readParagraphProps,
  readRunProps,
  type ParagraphProps,
  type RunProps,
  StyleSheet,
} from './properties';
import { attr, child, childrenOf, isNode, nameOf, numberAttr, type XmlNode } from './xmlObject';

/** What a paragraph holds, in order, as line breaking sees it. */
export type Item =
  | { kind: 'text'; text: string; run: RunProps }
  | { kind: 'tab'; run: RunProps }
  | { kind: 'break'; run: RunProps }
  | { kind: 'pageBreak' }
  | { kind: 'image'; width: number; height: number }
  /** A PAGEREF field's result: the page number of a bookmark, known once the pages are laid out. */
  | { kind: 'pageRef'; bookmark: string; run: RunProps };

export interface ParagraphBlock {
  kind: 'paragraph';
  props: ParagraphProps;
  /** The paragraph mark's run properties: an empty paragraph is a line of its size. */
  mark: RunProps;
  items: Item[];
  /** Bookmarks that start in the paragraph (the headings the contents point to). */
  bookmarks: string[];
}

export interface TableCell {
  /** Its width in twips, from the grid columns it spans. */
  width: number;
  blocks: Block[];
}

export interface TableRow {
  header: boolean;
  cantSplit: boolean;
  /**
   * Every paragraph of the row keeps with the next: the row stays on the page of the row after it
   * (Word's way of keeping rows together, which LibreOffice 7.4 honours too; measured).
   */
  keepNext: boolean;
  /** A fixed or minimum height (`w:trHeight`), in twips. */
  height?: { value: number; rule: 'exact' | 'atLeast' };
  cells: TableCell[];
}

export interface TableBlock {
  kind: 'table';
  margins: { left: number; right: number; top: number; bottom: number };
  /** Thickness of the horizontal borders, in twips (0 without them). */
  border: number;
  rows: TableRow[];
  bookmarks: string[];
}

export type Block = ParagraphBlock | TableBlock;

export interface Section {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const EMU_PER_TWIP = 635;

/** The text of `w:t`/`w:instrText`: the strings among its children. */
const textOf = (node: XmlNode): string =>
  childrenOf(node)
    .filter((c): c is string => typeof c === 'string')
    .join('');

/** Fields open in a paragraph: whether each shows its result yet, and a page reference's bookmark. */
interface FieldState {
  showing: boolean[];
  pageRef: (string | undefined)[];
}

function readRun(run: XmlNode, base: RunProps, styles: StyleSheet, items: Item[], field: FieldState): void {
  const rPr = child(run, 'w:rPr');
  const own = readRunProps(rPr);
  const style = styles.characterStyle(attr(child(rPr, 'w:rStyle'), 'w:val') as string | undefined);
  const props = merge(merge(base, style), own);
  for (const part of childrenOf(run)) {
    if (!isNode(part)) continue;
    const name = nameOf(part);
    if (name === 'w:fldChar') {
      const type = attr(part, 'w:fldCharType');
      if (type === 'begin') {
        field.showing.push(false);
        field.pageRef.push(undefined);
      } else if (type === 'separate') {
        field.showing[field.showing.length - 1] = true;
        // The page number is laid out as the layout works it out, whatever result was written.
        const bookmark = field.pageRef.at(-1);
        if (bookmark !== undefined) items.push({ kind: 'pageRef', bookmark, run: props });
      } else if (type === 'end') {
        field.showing.pop();
        field.pageRef.pop();
      }
      continue;
    }
    if (name === 'w:instrText' && field.showing.length > 0) {
      const reference = /^\s*PAGEREF\s+(\S+)/.exec(textOf(part));
      if (reference) field.pageRef[field.pageRef.length - 1] = reference[1];
      continue;
    }
    if (field.pageRef.some((bookmark) => bookmark !== undefined)) continue;
    // A field's instruction is never printed, only its result (after `separate`).
    if (field.showing.includes(false)) continue;
    if (props.vanish) continue;
    switch (name) {
      case 'w:t':
        items.push({ kind: 'text', text: textOf(part), run: props });
        break;
      case 'w:tab':
        items.push({ kind: 'tab', run: props });
        break;
      case 'w:br': {
        const type = attr(part, 'w:type');
        items.push(type === 'page' ? { kind: 'pageBreak' } : { kind: 'break', run: props });
        break;
      }
      case 'w:cr':
        items.push({ kind: 'break', run: props });
        break;
      case 'w:noBreakHyphen':
        items.push({ kind: 'text', text: '\u2011', run: props });
        break;
      case 'w:drawing': {
        const inline = child(part, 'wp:inline') ?? child(part, 'wp:anchor');
        const extent = child(inline, 'wp:extent');
        items.push({
          kind: 'image',
          width: (numberAttr(extent, 'cx') ?? 0) / EMU_PER_TWIP,
          height: (numberAttr(extent, 'cy') ?? 0) / EMU_PER_TWIP,
        });
        break;
      }
      default:
        break;
    }
  }
}

function readParagraph(p: XmlNode, styles: StyleSheet): ParagraphBlock {
  const pPr = child(p, 'w:pPr');
  const { paragraph, run } = styles.paragraph(readParagraphProps(pPr));
  const mark = merge(run, readRunProps(child(pPr, 'w:rPr')));
  const items: Item[] = [];
  const bookmarks: string[] = [];
  const field: FieldState = { showing: [], pageRef: [] };
  const visit = (node: XmlNode) => {
    for (const part of childrenOf(node)) {
      if (!isNode(part)) continue;
      const name = nameOf(part);
      if (name === 'w:r') readRun(part, run, styles, items, field);
      else if (name === 'w:bookmarkStart') bookmarks.push(String(attr(part, 'w:name')));
      else if (name === 'w:hyperlink' || name === 'w:ins' || name === 'w:smartTag' || name === 'w:fldSimple')
        visit(part);
      else if (name === 'w:sdt') visit(child(part, 'w:sdtContent') ?? {});
    }
  };
  visit(p);
  return { kind: 'paragraph', props: paragraph, mark, items, bookmarks };
}

function readTable(tbl: XmlNode, styles: StyleSheet): TableBlock {
  const tblPr = child(tbl, 'w:tblPr');
  const style = attr(child(tblPr, 'w:tblStyle'), 'w:val') as string | undefined;
  const cellMar = child(tblPr, 'w:tblCellMar');
  const defaults = styles.tableCellMargins(style);
  const side = (a: string, b: string, fallback: number) =>
    numberAttr(child(cellMar, a), 'w:w') ?? numberAttr(child(cellMar, b), 'w:w') ?? fallback;
  const margins = {
    left: side('w:left', 'w:start', defaults.left),
    right: side('w:right', 'w:end', defaults.right),
    top: side('w:top', 'w:top', defaults.top),
    bottom: side('w:bottom', 'w:bottom', defaults.bottom),
  };
  const borders = child(tblPr, 'w:tblBorders');
  const inside = child(borders, 'w:insideH') ?? child(borders, 'w:top');
  const borderStyle = attr(inside, 'w:val');
  // Border sizes are in eighths of a point.
  const border =
    inside && borderStyle !== 'none' && borderStyle !== 'nil'
      ? ((numberAttr(inside, 'w:sz') ?? 4) / 8) * 20
      : 0;
  const grid = childrenOf(child(tbl, 'w:tblGrid'))
    .filter(isNode)
    .map((col) => numberAttr(col, 'w:w') ?? 0);
  const rows: TableRow[] = [];
  const bookmarks: string[] = [];
  for (const tr of childrenOf(tbl)) {
    if (!isNode(tr) || nameOf(tr) !== 'w:tr') continue;
    const trPr = child(tr, 'w:trPr');
    const trHeight = child(trPr, 'w:trHeight');
    const heightValue = numberAttr(trHeight, 'w:val');
    const cells: TableCell[] = [];
    let column = 0;
    for (const tc of childrenOf(tr)) {
      if (!isNode(tc) || nameOf(tc) !== 'w:tc') continue;
      const tcPr = child(tc, 'w:tcPr');
      const span = numberAttr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1;
      const fromGrid = grid.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      const blocks = readBlocks(tc, styles);
      for (const block of blocks) bookmarks.push(...block.bookmarks);
      cells.push({ width: fromGrid || (numberAttr(child(tcPr, 'w:tcW'), 'w:w') ?? 0), blocks });
    }
    rows.push({
      header: child(trPr, 'w:tblHeader') !== undefined,
      cantSplit: child(trPr, 'w:cantSplit') !== undefined,
      keepNext: cells.length > 0 && cells.every((cell) => keepsAll(cell.blocks)),
      height:
        heightValue === undefined
          ? undefined
          : { value: heightValue, rule: attr(trHeight, 'w:hRule') === 'exact' ? 'exact' : 'atLeast' },
      cells,
    });
  }
  return { kind: 'table', margins, border, rows, bookmarks };
}

/** Whether a cell's paragraphs all keep with the next (and it has one): a nested table does not. */
function keepsAll(blocks: readonly Block[]): boolean {
  return (
    blocks.length > 0 && blocks.every((block) => block.kind === 'paragraph' && block.props.keepNext === true)
  );
}

/** The paragraphs and tables of a body, a table cell or a content control, in order. */
export function readBlocks(container: XmlNode, styles: StyleSheet): Block[] {
  const blocks: Block[] = [];
  for (const item of childrenOf(container)) {
    if (!isNode(item)) continue;
    const name = nameOf(item);
    if (name === 'w:p') blocks.push(readParagraph(item, styles));
    else if (name === 'w:tbl') blocks.push(readTable(item, styles));
    else if (name === 'w:sdt') blocks.push(...readBlocks(child(item, 'w:sdtContent') ?? {}, styles));
  }
  return blocks;
}

/** The page of the body's (last) section: size and margins in twips. */
export function readSection(body: XmlNode): Section {
  const sectPr = [...childrenOf(body)].reverse().find((c) => isNode(c) && nameOf(c) === 'w:sectPr') as
    XmlNode | undefined;
  const size = child(sectPr, 'w:pgSz');
  const margin = child(sectPr, 'w:pgMar');
  return {
    width: numberAttr(size, 'w:w') ?? 11906,
    height: numberAttr(size, 'w:h') ?? 16838,
    top: Math.abs(numberAttr(margin, 'w:top') ?? 1440),
    bottom: Math.abs(numberAttr(margin, 'w:bottom') ?? 1440),
    left: numberAttr(margin, 'w:left') ?? 1440,
    right: numberAttr(margin, 'w:right') ?? 1440,
  };
}
