import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  type TableOfContents,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Language } from '../../domain/entities';
import type { TextBlock } from '../../domain/findings/plainText';
import type { PhotoItem } from '../../domain/documents/model';
import type { DocText } from './docStrings';
import type { DateWriter } from './formatDates';
import { columnWidths, longestWordTwips, type ColumnNeed } from './columnWidths';
import { mmToTwips, type DocumentPreset } from './presets';
import { isMarkedFallback } from './draftMarks';
import { DASH_LIST, STYLE, halfPoints } from './styles';
import { PlainParagraph, type PlainRun } from './plainParagraph';
import { PlainRowsTable, type PlainCell } from './plainTable';

/** What every writer needs besides its model. */
export interface WriteContext {
  language: Language;
  preset: DocumentPreset;
  t: DocText;
  dates: DateWriter;
  /** What `docx` is given for each photo, by attachment id: a stand-in (see mediaStandIns.ts). */
  images: ReadonlyMap<string, Uint8Array>;
  /** A draft's mark ("ПРОЕКТ"), printed at the right of every page's header; absent in a final document. */
  draftMark?: string;
}

type Child = Paragraph | PlainParagraph | PlainRowsTable | Table | TableOfContents;
export type { Child as DocumentChild };

/**
 * The runs of a text with single line breaks kept as breaks (Word shows a raw "\n" as a space).
 * In a draft, lines taken from another language are highlighted (draftMarks.ts).
 */
export function plainRuns(text: string, options: { bold?: boolean; size?: number } = {}): PlainRun[] {
  const size = options.size === undefined ? undefined : halfPoints(options.size);
  return text.split('\n').map((line, i) => ({
    text: line,
    ...(i > 0 ? { breakBefore: true } : {}),
    ...(options.bold ? { bold: true } : {}),
    ...(size === undefined ? {} : { size }),
    ...(isMarkedFallback(line) ? { highlight: true } : {}),
  }));
}

/** The same runs as `docx` runs, for paragraphs `docx` builds (headings, table cells, lists). */
export function runs(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  return plainRuns(text, options).map(
    (run) =>
      new TextRun({
        text: run.text,
        break: run.breakBefore ? 1 : undefined,
        bold: run.bold,
        size: run.size,
        highlight: run.highlight ? 'yellow' : undefined,
      }),
  );
}

/** A heading: a paragraph of the heading style of its level (styles.ts), which lists it in the contents. */
export function heading(
  text: string,
  level: 1 | 2 | 3,
  options: { pageBreakBefore?: boolean } = {},
): PlainParagraph {
  return new PlainParagraph({
    style: `Heading${level}`,
    pageBreakBefore: options.pageBreakBefore,
    runs: plainRuns(text),
  });
}

/** A body paragraph: `docx`'s own, or one written straight as XML (plainParagraph.ts). */
export type BodyParagraph = Paragraph | PlainParagraph;

/**
 * A paragraph not built yet, so that whoever assembles a block can decide which paragraphs keep
 * with the next (`docx` paragraphs cannot be changed once built).
 */
export type ParagraphMaker = (keepNext: boolean) => BodyParagraph;

export const bodyMaker =
  (text: string, style?: string): ParagraphMaker =>
  (keepNext) =>
    new PlainParagraph({ style, keepNext, runs: plainRuns(text) });

export function body(text: string, style?: string): BodyParagraph {
  return bodyMaker(text, style)(false);
}

/** "Label: value" with the label in bold; nothing when the value is empty. */
export function labelledMakers(label: string, value: string, style?: string): ParagraphMaker[] {
  if (value.trim() === '') return [];
  return [
    (keepNext) =>
      new PlainParagraph({
        style,
        keepNext,
        runs: [{ text: `${label}: `, bold: true }, ...plainRuns(value)],
      }),
  ];
}

export function labelled(label: string, value: string, style?: string): BodyParagraph[] {
  return labelledMakers(label, value, style).map((make) => make(false));
}

const dashItemMaker =
  (text: string, style?: string) =>
  (keepNext: boolean): Paragraph =>
    new Paragraph({
      style,
      keepNext: keepNext || undefined,
      numbering: { reference: DASH_LIST, level: 0 },
      children: runs(text),
    });

export function dashItem(text: string, style?: string): Paragraph {
  return dashItemMaker(text, style)(false);
}

/** The light plain-text format (paragraphs, "- " lists) as paragraphs to build. */
export function textBlockMakers(blocks: readonly TextBlock[]): ParagraphMaker[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' ? [bodyMaker(block.text)] : block.items.map((item) => dashItemMaker(item)),
  );
}

/** The light plain-text format (paragraphs, "- " lists) as document paragraphs. */
export function textBlockParagraphs(blocks: readonly TextBlock[]): BodyParagraph[] {
  return textBlockMakers(blocks).map((make) => make(false));
}

/**
 * A block kept on one page where it fits: every paragraph but the last keeps with the next, so
 * the block's last line is never left alone on a page (a finding's "Applicability: …").
 */
export function keptTogether(makers: readonly ParagraphMaker[], withNext = false): BodyParagraph[] {
  return makers.map((make, i) => make(withNext || i < makers.length - 1));
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
/** A table or cell drawn without lines: layout tables (kept blocks, the signature). */
export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;

/**
 * Paragraphs that must stay on one page, in a borderless table of one row that may not split.
 * Keep-with-next between paragraphs is not enough: after LibreOffice updates the contents and
 * lays the document out again, it left the sample's last recommendation of a key point alone on
 * a page although the one above it kept with it; a row that may not split moves whole, in Word
 * and LibreOffice, and layout/paginate.ts lays it out the same way. For a block that certainly
 * fits on a page: a taller row would be split all the same.
 */
export function keptBlock(preset: DocumentPreset, paragraphs: readonly Paragraph[]): Table {
  const width = textWidthTwips(preset);
  const borders = NO_BORDERS;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: width, type: WidthType.DXA }, borders, children: [...paragraphs] }),
        ],
      }),
    ],
  });
}

/**
 * A long text whose last two paragraphs stay together: its last line never stands alone. With
 * `withNext`, the last keeps with what follows too (the signature block below the conclusions).
 */
export function keptTogetherTail(makers: readonly ParagraphMaker[], withNext = false): BodyParagraph[] {
  return makers.map((make, i) => make(i === makers.length - 2 || (withNext && i === makers.length - 1)));
}

/** The width text may take on a page of the preset, in twips. */
export function textWidthTwips(preset: DocumentPreset): number {
  const { widthMm, margins } = preset.page;
  return mmToTwips(widthMm - margins.leftMm - margins.rightMm);
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

export type CellContent = string | Paragraph[];

export const CELL_MARGIN_TWIPS = 80;
/** Room for a bold run, a border and rounding: a column a hair too narrow splits its longest word. */
const CELL_SLACK_TWIPS = 60;

export interface TableSpec {
  /** Column headings and their share of the text width (shares are normalised). */
  columns: { heading: string; share: number }[];
  rows: (CellContent[] | { group: string })[];
  /**
   * A last row without side and bottom borders holding what closes the table (the signature
   * block): the last row keeps with it, so it never stands alone on a page. A row, not the
   * paragraphs after the table: LibreOffice keeps rows together, but a table with the paragraph
   * after it only sometimes.
   */
  closing?: readonly (Paragraph | Table)[];
}

/**
 * A table of at least this many rows (besides the header) never ends with one row alone on a
 * page: its last two rows keep together. Fewer, and the whole table would move instead.
 */
const ROWS_KEPT_AT_END = 3;

/** Cell content given as paragraphs keeps with the next only if its paragraphs were made so. */
function cellParagraphs(content: CellContent, size: number | undefined, keepNext = false): BodyParagraph[] {
  if (typeof content !== 'string')
    return content.length > 0
      ? content
      : [new PlainParagraph({ style: STYLE.tableText, keepNext, runs: [] })];
  return [new PlainParagraph({ style: STYLE.tableText, keepNext, runs: plainRuns(content, { size }) })];
}

/**
 * Which rows keep with the row after them. A row keeps with the next when all its paragraphs do,
 * in Word and, measured, in LibreOffice 7.4 (which ignores keep-with-next on a single paragraph
 * in a table); layout/paginate.ts lays it out the same way. Group rows (a day, an organisation)
 * keep with their first entry, and the last two entries keep together with the group rows between
 * them, so that no page of a table holds a lone row, such as the last recommendation above the
 * signature block or the interpreter under her group on the last page of the persons met.
 */
function rowKeeps(spec: TableSpec): boolean[] {
  const last = spec.rows.length - 1;
  const entries = spec.rows.flatMap((row, index) => (Array.isArray(row) ? [index] : []));
  const tailFrom =
    spec.rows.length >= ROWS_KEPT_AT_END && entries.length >= 2 ? (entries.at(-2) ?? last) : last;
  return spec.rows.map((row, index) => {
    if (index === last) return spec.closing !== undefined;
    return !Array.isArray(row) || index >= tailFrom;
  });
}

/** What each column needs at a font size: its share, and its longest word with the cell's margins. */
function columnNeeds(spec: TableSpec, size: number): ColumnNeed[] {
  return spec.columns.map((column, i) => {
    let widest = longestWordTwips(column.heading, size, true);
    for (const row of spec.rows) {
      const cell = Array.isArray(row) ? row[i] : undefined;
      if (typeof cell === 'string') widest = Math.max(widest, longestWordTwips(cell, size));
    }
    return { share: column.share, minTwips: widest + CELL_MARGIN_TWIPS * 2 + CELL_SLACK_TWIPS };
  });
}

/**
 * A bordered table with a header row repeated on every page and rows that do not split across
 * pages; `{ group }` rows span all columns (an organisation above its people).
 */
export function table(preset: DocumentPreset, spec: TableSpec): PlainRowsTable {
  const width = textWidthTwips(preset);
  // The table's own size, a point or two below the preset's when its longest words would not fit
  // side by side otherwise (STB 6.38-2016 allows 12–14 pt in tables).
  let size = preset.font.tablePt;
  let needs = columnNeeds(spec, size);
  while (needs.reduce((sum, need) => sum + need.minTwips, 0) > width && size > preset.font.tablePt - 2) {
    size -= 1;
    needs = columnNeeds(spec, size);
  }
  const widths = columnWidths(needs, width);
  const runSize = size === preset.font.tablePt ? undefined : size;
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: spec.columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [
            new Paragraph({ style: STYLE.tableHeading, children: runs(column.heading, { size: runSize }) }),
          ],
        }),
    ),
  });
  const head = new Table({
    rows: [headerRow],
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { left: CELL_MARGIN_TWIPS, right: CELL_MARGIN_TWIPS, top: 20, bottom: 20 },
  });
  const keeps = rowKeeps(spec);
  const rows = spec.rows.map((row, index): PlainCell[] => {
    const keepNext = keeps[index] === true;
    if (!Array.isArray(row)) {
      const runsOfGroup = plainRuns(row.group, { bold: true, size: runSize });
      return [
        {
          widthTwips: width,
          columnSpan: spec.columns.length,
          paragraphs: [new PlainParagraph({ style: STYLE.tableText, keepNext, runs: runsOfGroup })],
        },
      ];
    }
    return row.map((content, i) => ({
      widthTwips: widths[i] ?? 0,
      paragraphs: cellParagraphs(content, runSize, keepNext),
    }));
  });
  if (spec.closing)
    rows.push([{ widthTwips: width, columnSpan: spec.columns.length, open: true, paragraphs: spec.closing }]);
  return new PlainRowsTable(head, rows);
}

/** A spacer paragraph of a given number of empty lines. */
export function blankLines(count: number): Paragraph[] {
  return Array.from({ length: count }, () => new Paragraph({ style: STYLE.plain }));
}

const PHOTO_MAX_WIDTH_PX = 500;
const PHOTO_MAX_HEIGHT_PX = 380;

function imageType(mimeType: string): 'jpg' | 'png' | 'gif' | 'bmp' | null {
  switch (mimeType.toLowerCase()) {
    case 'image/jpeg':
    case 'image/jpg':
      return 'jpg';
    case 'image/png':
      return 'png';
    case 'image/gif':
      return 'gif';
    case 'image/bmp':
      return 'bmp';
    default:
      return null;
  }
}

/** A photo centred on its own line with its numbered caption below; nothing for a format Word cannot show. */
export function photo(ctx: WriteContext, item: PhotoItem, number: number, keepNext = false): Paragraph[] {
  const data = ctx.images.get(item.attachmentId);
  const type = imageType(item.mimeType);
  if (!data || !type) return [];
  const naturalWidth = item.width ?? 4;
  const naturalHeight = item.height ?? 3;
  const scale = Math.min(PHOTO_MAX_WIDTH_PX / naturalWidth, PHOTO_MAX_HEIGHT_PX / naturalHeight, 1);
  const size = {
    width: Math.max(1, Math.round(naturalWidth * scale)),
    height: Math.max(1, Math.round(naturalHeight * scale)),
  };
  const caption = ctx.t('finding.photo', { number, caption: item.caption }).replace(/[.:]\s*$/, '');
  return [
    new Paragraph({
      style: STYLE.titleBlock,
      keepNext: true,
      spacing: { before: 120 },
      children: [
        new ImageRun({
          type,
          data,
          transformation: size,
          altText: { name: `photo-${number}`, title: caption, description: caption },
        }),
      ],
    }),
    new Paragraph({ style: STYLE.caption, keepNext: keepNext || undefined, children: runs(caption) }),
  ];
}

/**
 * Page geometry and page numbers from the preset: numbers centred in the header (or footer),
 * none on the first page when the preset says so; `titleFoot` at the foot of the first page.
 */
export function sectionOptions(ctx: WriteContext, children: Child[], titleFoot = ''): ISectionOptions {
  const { page, pageNumbers, font } = ctx.preset;
  const textWidth = mmToTwips(page.widthMm - page.margins.leftMm - page.margins.rightMm);
  const pageNumber = () =>
    new TextRun({
      children: [PageNumber.CURRENT],
      font: font.family,
      size: halfPoints(font.tablePt + 1),
    });
  // A draft's mark goes into the same header line as the page number (centre tab, right tab), so
  // that the header is no taller than in the final document and the pages break the same way.
  const draftLine = (withNumber: boolean) =>
    new Paragraph({
      indent: { firstLine: 0 },
      tabStops: [
        { type: TabStopType.CENTER, position: Math.round(textWidth / 2) },
        { type: TabStopType.RIGHT, position: textWidth },
      ],
      children: [
        new TextRun({ children: [new Tab()] }),
        ...(withNumber ? [pageNumber()] : []),
        new TextRun({
          children: [new Tab(), ctx.draftMark ?? ''],
          bold: true,
          font: font.family,
          size: halfPoints(font.tablePt + 1),
        }),
      ],
    });
  const plainNumber = () =>
    new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, children: [pageNumber()] });
  const empty = () => new Paragraph({ indent: { firstLine: 0 } });
  const numberedPage = (which: 'default' | 'first') => which === 'default' || pageNumbers.onFirstPage;
  // Place and year at the foot of the title page ("Минск 2010"), in its own footer.
  const foot = () =>
    new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, children: runs(titleFoot) });
  const headerLine = (which: 'default' | 'first') => {
    const number = pageNumbers.placement === 'header' && numberedPage(which);
    if (ctx.draftMark) return draftLine(number);
    return number ? plainNumber() : empty();
  };
  const footerLine = (which: 'default' | 'first') =>
    pageNumbers.placement === 'footer' && numberedPage(which) ? plainNumber() : empty();
  const content = (kind: 'header' | 'footer', which: 'default' | 'first') => ({
    children: [
      kind === 'header' ? headerLine(which) : footerLine(which),
      ...(kind === 'footer' && which === 'first' && titleFoot !== '' ? [foot()] : []),
    ],
  });
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: mmToTwips(page.widthMm), height: mmToTwips(page.heightMm) },
        margin: {
          top: mmToTwips(page.margins.topMm),
          right: mmToTwips(page.margins.rightMm),
          bottom: mmToTwips(page.margins.bottomMm),
          left: mmToTwips(page.margins.leftMm),
          header: mmToTwips(page.headerMm),
          footer: mmToTwips(page.footerMm),
        },
      },
    },
    headers: {
      default: new Header(content('header', 'default')),
      first: new Header(content('header', 'first')),
    },
    footers: {
      default: new Footer(content('footer', 'default')),
      first: new Footer(content('footer', 'first')),
    },
    children,
  };
}
