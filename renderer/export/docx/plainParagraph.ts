import { EMPTY_OBJECT, FileChild, type IXmlableObject } from 'docx';

/** A run of a plain paragraph: text with at most bold, a size, a line break before it and a highlight. */
export interface PlainRun {
  text: string;
  bold?: boolean;
  /** In half-points, as `docx` writes `w:sz`. */
  size?: number;
  /** A line break before the text (a single "\n" of the source text). */
  breakBefore?: boolean;
  /** A fallback text in a draft (draftMarks.ts). */
  highlight?: boolean;
}

export interface PlainParagraphOptions {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** Space above, in twentieths of a point. */
  spacingBefore?: number;
  runs: readonly PlainRun[];
}

/* The XML objects `docx` writes for these elements, shared: nothing changes a body paragraph's once written. */
const PRESERVE = { _attr: { 'xml:space': 'preserve' } };
const KEEP_NEXT = { 'w:keepNext': EMPTY_OBJECT };
const PAGE_BREAK_BEFORE = { 'w:pageBreakBefore': EMPTY_OBJECT };
const BOLD = [{ 'w:b': EMPTY_OBJECT }, { 'w:bCs': EMPTY_OBJECT }];
const BREAK = { 'w:br': EMPTY_OBJECT };
const HIGHLIGHT = { 'w:highlight': { _attr: { 'w:val': 'yellow' } } };

function runObject(run: PlainRun): IXmlableObject {
  const properties: object[] = [];
  if (run.bold) properties.push(...BOLD);
  if (run.size !== undefined)
    properties.push(
      { 'w:sz': { _attr: { 'w:val': run.size } } },
      { 'w:szCs': { _attr: { 'w:val': run.size } } },
    );
  if (run.highlight) properties.push(HIGHLIGHT);
  const children: object[] = [];
  if (properties.length > 0) children.push({ 'w:rPr': properties });
  if (run.breakBefore) children.push(BREAK);
  children.push({ 'w:t': [PRESERVE, run.text] });
  return { 'w:r': children };
}

/**
 * A body paragraph of plain runs, written straight as the XML objects `docx` would make of a
 * `Paragraph` of `TextRun`s with the same options (a unit test compares the two), without
 * building `docx`'s objects first. A large tour's report has some fifteen thousand of them (the
 * findings' texts and labels), and building and formatting `docx`'s objects for them took about a
 * third of the export. Lists, tables and photos stay `docx`'s own.
 */
export class PlainParagraph extends FileChild {
  constructor(private readonly options: PlainParagraphOptions) {
    super('w:p');
  }

  override prepForXml(): IXmlableObject {
    const { style, keepNext, pageBreakBefore, spacingBefore, runs } = this.options;
    const properties: object[] = [];
    if (style !== undefined) properties.push({ 'w:pStyle': { _attr: { 'w:val': style } } });
    if (keepNext) properties.push(KEEP_NEXT);
    if (pageBreakBefore) properties.push(PAGE_BREAK_BEFORE);
    if (spacingBefore !== undefined)
      properties.push({ 'w:spacing': { _attr: { 'w:before': spacingBefore } } });
    const children: object[] = properties.length > 0 ? [{ 'w:pPr': properties }] : [];
    for (const run of runs) children.push(runObject(run));
    return { 'w:p': children.length > 0 ? children : EMPTY_OBJECT };
  }
}
