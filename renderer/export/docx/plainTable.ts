import {
  EMPTY_OBJECT,
  FileChild,
  type IContext,
  type IXmlableObject,
  type Paragraph,
  type Table,
} from 'docx';
import type { PlainParagraph } from './plainParagraph';

/** A body cell: its width, the columns it spans, and its paragraphs (or a table nested in it). */
export interface PlainCell {
  widthTwips: number;
  /** More than one for a row spanning the table (an organisation above its people). */
  columnSpan?: number;
  /** No border on the left, right and bottom: a closing row below the table (the signature). */
  open?: boolean;
  paragraphs: readonly (Paragraph | PlainParagraph | Table)[];
}

/* The XML objects `docx` writes for a row that does not split across pages; shared, as nothing changes them. */
const CANT_SPLIT = { 'w:trPr': [{ 'w:cantSplit': EMPTY_OBJECT }] };
const NO_BORDER = { _attr: { 'w:val': 'nil' } };
const OPEN_BORDERS = {
  'w:tcBorders': [{ 'w:left': NO_BORDER }, { 'w:bottom': NO_BORDER }, { 'w:right': NO_BORDER }],
};

function cellObject(cell: PlainCell, context: IContext): IXmlableObject {
  const properties: object[] = [{ 'w:tcW': { _attr: { 'w:type': 'dxa', 'w:w': cell.widthTwips } } }];
  if (cell.columnSpan !== undefined && cell.columnSpan > 1)
    properties.push({ 'w:gridSpan': { _attr: { 'w:val': cell.columnSpan } } });
  if (cell.open) properties.push(OPEN_BORDERS);
  const children: object[] = [{ 'w:tcPr': properties }];
  for (const paragraph of cell.paragraphs) {
    const written = paragraph.prepForXml(context);
    if (written) children.push(written);
  }
  return { 'w:tc': children };
}

/**
 * A table whose body rows are written straight as the XML objects `docx` would make of rows that
 * do not split, cells of a width (and span) and their paragraphs; the table's properties, grid and
 * header row are `docx`'s own (`head`, a `docx` table of the header row alone). A large tour's
 * annexes have some three and a half thousand cells, and `docx` building and formatting its
 * objects for them was a sixth of the export. The bytes are the same (the sample's documents and
 * the large tour's report compared before and after).
 */
export class PlainRowsTable extends FileChild {
  constructor(
    private readonly head: Table,
    private readonly rows: readonly (readonly PlainCell[])[],
  ) {
    super('w:tbl');
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const written = this.head.prepForXml(context) as { 'w:tbl'?: object[] } | undefined;
    const children = written?.['w:tbl'];
    if (!written || !Array.isArray(children))
      throw new Error('docx: a table is not written as w:tbl any more');
    for (const row of this.rows)
      children.push({ 'w:tr': [CANT_SPLIT, ...row.map((cell) => cellObject(cell, context))] });
    return written;
  }
}
