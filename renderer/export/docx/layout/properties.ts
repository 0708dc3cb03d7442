import { attr, child, childrenOf, isNode, nameOf, numberAttr, onOff, type XmlNode } from './xmlObject';

/**
 * Paragraph and run properties as the layout needs them, each optional so that a style, a list
 * level and the paragraph's own properties can be laid over one another attribute by attribute,
 * as Word and LibreOffice resolve them. Lengths in twips.
 */
export interface ParagraphProps {
  styleId?: string;
  left?: number;
  right?: number;
  /** Negative for a hanging indent. */
  firstLine?: number;
  before?: number;
  after?: number;
  /** In 240ths of a line when `lineRule` is auto, in twips otherwise. */
  line?: number;
  lineRule?: 'auto' | 'exact' | 'atLeast';
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  widowControl?: boolean;
  contextualSpacing?: boolean;
  numId?: string;
  ilvl?: number;
  /** Right tab stops, as the contents' entries have: where the page number ends. */
  rightTab?: number;
}

export interface RunProps {
  /** Half-points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  font?: string;
  caps?: boolean;
  vanish?: boolean;
}

/** Lays `over` on `under`, keeping what `over` leaves unset. */
export function merge<T extends object>(under: T, over: T): T {
  const result = { ...under };
  for (const key of Object.keys(over) as (keyof T)[]) if (over[key] !== undefined) result[key] = over[key];
  return result;
}

const defined = <T extends object>(props: T): T =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as T;

export function readParagraphProps(pPr: XmlNode | undefined): ParagraphProps {
  if (!pPr) return {};
  const spacing = child(pPr, 'w:spacing');
  const ind = child(pPr, 'w:ind');
  const numPr = child(pPr, 'w:numPr');
  const hanging = numberAttr(ind, 'w:hanging');
  const firstLine = numberAttr(ind, 'w:firstLine');
  const lineRule = attr(spacing, 'w:lineRule');
  const tabs = childrenOf(child(pPr, 'w:tabs')).filter(isNode);
  const rightTab = tabs
    .filter((tab) => attr(tab, 'w:val') === 'right' || attr(tab, 'w:val') === 'end')
    .map((tab) => numberAttr(tab, 'w:pos'))
    .find((pos) => pos !== undefined);
  return defined({
    styleId: attr(child(pPr, 'w:pStyle'), 'w:val') as string | undefined,
    left: numberAttr(ind, 'w:left') ?? numberAttr(ind, 'w:start'),
    right: numberAttr(ind, 'w:right') ?? numberAttr(ind, 'w:end'),
    firstLine: hanging !== undefined ? -hanging : firstLine,
    before: numberAttr(spacing, 'w:before'),
    after: numberAttr(spacing, 'w:after'),
    line: numberAttr(spacing, 'w:line'),
    lineRule:
      lineRule === 'exact' || lineRule === 'atLeast' || lineRule === 'auto'
        ? lineRule
        : numberAttr(spacing, 'w:line') !== undefined
          ? 'auto'
          : undefined,
    keepNext: onOff(pPr, 'w:keepNext'),
    keepLines: onOff(pPr, 'w:keepLines'),
    pageBreakBefore: onOff(pPr, 'w:pageBreakBefore'),
    widowControl: onOff(pPr, 'w:widowControl'),
    contextualSpacing: onOff(pPr, 'w:contextualSpacing'),
    numId: numPr ? String(attr(child(numPr, 'w:numId'), 'w:val') ?? '') : undefined,
    ilvl: numPr ? (numberAttr(child(numPr, 'w:ilvl'), 'w:val') ?? 0) : undefined,
    rightTab,
  });
}

export function readRunProps(rPr: XmlNode | undefined): RunProps {
  if (!rPr) return {};
  const fonts = child(rPr, 'w:rFonts');
  return defined({
    size: numberAttr(child(rPr, 'w:sz'), 'w:val'),
    bold: onOff(rPr, 'w:b'),
    italic: onOff(rPr, 'w:i'),
    font: (attr(fonts, 'w:ascii') ?? attr(fonts, 'w:hAnsi')) as string | undefined,
    caps: onOff(rPr, 'w:caps'),
    vanish: onOff(rPr, 'w:vanish'),
  });
}

interface Style {
  type: string;
  basedOn?: string;
  paragraph: ParagraphProps;
  run: RunProps;
}

/** The document's styles and lists, resolved for one paragraph or run at a time. */
export class StyleSheet {
  private readonly styles = new Map<string, Style>();
  private readonly resolvedParagraph = new Map<string, { paragraph: ParagraphProps; run: RunProps }>();
  private readonly defaults: { paragraph: ParagraphProps; run: RunProps };
  private defaultParagraphStyle: string | undefined;
  /** List levels' paragraph properties by `numId:ilvl`. */
  private readonly listLevels = new Map<string, ParagraphProps>();

  /**
   * @param listIds `docx` writes a list's id as `{reference-instance}` in the body until it
   *   writes the file: the numbering part's ids by those placeholders.
   */
  constructor(
    styles: XmlNode | undefined,
    numbering: XmlNode | undefined,
    private readonly listIds: ReadonlyMap<string, string> = new Map(),
  ) {
    let defaults = { paragraph: {} as ParagraphProps, run: {} as RunProps };
    for (const item of childrenOf(styles)) {
      if (!isNode(item)) continue;
      const name = nameOf(item);
      if (name === 'w:docDefaults') {
        defaults = {
          paragraph: readParagraphProps(child(child(item, 'w:pPrDefault'), 'w:pPr')),
          run: readRunProps(child(child(item, 'w:rPrDefault'), 'w:rPr')),
        };
      } else if (name === 'w:style') {
        const id = String(attr(item, 'w:styleId') ?? '');
        const type = String(attr(item, 'w:type') ?? 'paragraph');
        const isDefault = attr(item, 'w:default');
        if (type === 'paragraph' && (isDefault === true || isDefault === '1' || isDefault === 1))
          this.defaultParagraphStyle = id;
        this.styles.set(id, {
          type,
          basedOn: attr(child(item, 'w:basedOn'), 'w:val') as string | undefined,
          paragraph: readParagraphProps(child(item, 'w:pPr')),
          run: readRunProps(child(item, 'w:rPr')),
        });
      }
    }
    this.defaults = defaults;
    this.readNumbering(numbering);
  }

  private readNumbering(numbering: XmlNode | undefined): void {
    const abstract = new Map<string, Map<number, ParagraphProps>>();
    for (const item of childrenOf(numbering)) {
      if (!isNode(item)) continue;
      if (nameOf(item) === 'w:abstractNum') {
        const levels = new Map<number, ParagraphProps>();
        for (const level of childrenOf(item))
          if (isNode(level) && nameOf(level) === 'w:lvl')
            levels.set(numberAttr(level, 'w:ilvl') ?? 0, readParagraphProps(child(level, 'w:pPr')));
        abstract.set(String(attr(item, 'w:abstractNumId')), levels);
      }
    }
    for (const item of childrenOf(numbering)) {
      if (!isNode(item) || nameOf(item) !== 'w:num') continue;
      const levels = abstract.get(String(attr(child(item, 'w:abstractNumId'), 'w:val')));
      for (const [ilvl, props] of levels ?? [])
        this.listLevels.set(`${String(attr(item, 'w:numId'))}:${ilvl}`, props);
    }
  }

  private chain(id: string | undefined, type: string): Style[] {
    const result: Style[] = [];
    const seen = new Set<string>();
    let current = id;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      const style = this.styles.get(current);
      if (!style || style.type !== type) break;
      result.unshift(style);
      current = style.basedOn;
    }
    return result;
  }

  /** A paragraph style's properties over the document defaults. */
  paragraphStyle(id: string | undefined): { paragraph: ParagraphProps; run: RunProps } {
    const key = id ?? this.defaultParagraphStyle ?? '';
    const known = this.resolvedParagraph.get(key);
    if (known) return known;
    let paragraph = this.defaults.paragraph;
    let run = this.defaults.run;
    for (const style of this.chain(this.styles.has(key) ? key : this.defaultParagraphStyle, 'paragraph')) {
      paragraph = merge(paragraph, style.paragraph);
      run = merge(run, style.run);
    }
    const resolved = { paragraph, run };
    this.resolvedParagraph.set(key, resolved);
    return resolved;
  }

  /** A paragraph's own properties over its list level's over its style's. */
  paragraph(own: ParagraphProps): { paragraph: ParagraphProps; run: RunProps } {
    const style = this.paragraphStyle(own.styleId);
    let paragraph = style.paragraph;
    const written = own.numId ?? style.paragraph.numId;
    const numId = written === undefined ? undefined : (this.listIds.get(written) ?? written);
    if (numId !== undefined && numId !== '0') {
      const level = this.listLevels.get(`${numId}:${own.ilvl ?? style.paragraph.ilvl ?? 0}`);
      if (level) paragraph = merge(paragraph, { ...level, styleId: undefined });
    }
    return { paragraph: merge(paragraph, own), run: style.run };
  }

  /** A character style's run properties. */
  characterStyle(id: string | undefined): RunProps {
    let run: RunProps = {};
    for (const style of this.chain(id, 'character')) run = merge(run, style.run);
    return run;
  }

  /** A table style's cell margins, or Word's default (0.19 cm left and right). */
  tableCellMargins(id: string | undefined): { left: number; right: number; top: number; bottom: number } {
    void id;
    return { left: 108, right: 108, top: 0, bottom: 0 };
  }
}
