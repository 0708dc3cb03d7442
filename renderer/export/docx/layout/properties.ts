import { attr, child, childrenOf, isNode, isOn, nameOf, numberAttr, type XmlNode } from './xmlObject';

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
  let result: T | undefined;
  for (const key in over) {
    const value = over[key];
    if (value === undefined || under[key] === value) continue;
    // Copied only once something changes: most runs and paragraphs add nothing to their style.
    result ??= { ...under };
    result[key] = value;
  }
  return result ?? under;
}

/**
 * The first child element of each name, found in one pass: a paragraph's properties are a dozen
 * lookups, each of which would otherwise scan its children again (the layout reads every
 * paragraph of a 7 MB report).
 */
function firstChildren(node: XmlNode): Map<string, XmlNode> {
  const found = new Map<string, XmlNode>();
  for (const item of childrenOf(node)) {
    if (!isNode(item)) continue;
    const name = nameOf(item);
    if (name !== undefined && name !== '_attr' && !found.has(name)) found.set(name, item);
  }
  return found;
}

/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`) among found children: undefined when absent. */
function onOffOf(found: Map<string, XmlNode>, name: string): boolean | undefined {
  const element = found.get(name);
  return element === undefined ? undefined : isOn(element);
}

/** Sets the props' key only when there is a value, as the props are laid over one another by key. */
function put<T extends object, K extends keyof T>(props: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) props[key] = value;
}

export function readParagraphProps(pPr: XmlNode | undefined): ParagraphProps {
  if (!pPr) return {};
  const found = firstChildren(pPr);
  const spacing = found.get('w:spacing');
  const ind = found.get('w:ind');
  const numPr = found.get('w:numPr');
  const hanging = numberAttr(ind, 'w:hanging');
  const firstLine = numberAttr(ind, 'w:firstLine');
  const lineRule = attr(spacing, 'w:lineRule');
  const tabsNode = found.get('w:tabs');
  const rightTab = tabsNode
    ? childrenOf(tabsNode)
        .filter(isNode)
        .filter((tab) => attr(tab, 'w:val') === 'right' || attr(tab, 'w:val') === 'end')
        .map((tab) => numberAttr(tab, 'w:pos'))
        .find((pos) => pos !== undefined)
    : undefined;
  const props: ParagraphProps = {};
  put(props, 'styleId', attr(found.get('w:pStyle'), 'w:val') as string | undefined);
  put(props, 'left', numberAttr(ind, 'w:left') ?? numberAttr(ind, 'w:start'));
  put(props, 'right', numberAttr(ind, 'w:right') ?? numberAttr(ind, 'w:end'));
  put(props, 'firstLine', hanging !== undefined ? -hanging : firstLine);
  if (spacing) {
    put(props, 'before', numberAttr(spacing, 'w:before'));
    put(props, 'after', numberAttr(spacing, 'w:after'));
    put(props, 'line', numberAttr(spacing, 'w:line'));
    put(
      props,
      'lineRule',
      lineRule === 'exact' || lineRule === 'atLeast' || lineRule === 'auto'
        ? lineRule
        : numberAttr(spacing, 'w:line') !== undefined
          ? 'auto'
          : undefined,
    );
  }
  put(props, 'keepNext', onOffOf(found, 'w:keepNext'));
  put(props, 'keepLines', onOffOf(found, 'w:keepLines'));
  put(props, 'pageBreakBefore', onOffOf(found, 'w:pageBreakBefore'));
  put(props, 'widowControl', onOffOf(found, 'w:widowControl'));
  put(props, 'contextualSpacing', onOffOf(found, 'w:contextualSpacing'));
  if (numPr) {
    props.numId = String(attr(child(numPr, 'w:numId'), 'w:val') ?? '');
    props.ilvl = numberAttr(child(numPr, 'w:ilvl'), 'w:val') ?? 0;
  }
  put(props, 'rightTab', rightTab);
  return props;
}

export function readRunProps(rPr: XmlNode | undefined): RunProps {
  if (!rPr) return {};
  const found = firstChildren(rPr);
  const fonts = found.get('w:rFonts');
  const props: RunProps = {};
  put(props, 'size', numberAttr(found.get('w:sz'), 'w:val'));
  put(props, 'bold', onOffOf(found, 'w:b'));
  put(props, 'italic', onOffOf(found, 'w:i'));
  put(props, 'font', (attr(fonts, 'w:ascii') ?? attr(fonts, 'w:hAnsi')) as string | undefined);
  put(props, 'caps', onOffOf(found, 'w:caps'));
  put(props, 'vanish', onOffOf(found, 'w:vanish'));
  return props;
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

  private readonly resolvedCharacter = new Map<string | undefined, RunProps>();

  /** A character style's run properties (asked for every run: worked out once per style). */
  characterStyle(id: string | undefined): RunProps {
    const known = this.resolvedCharacter.get(id);
    if (known) return known;
    let run: RunProps = {};
    for (const style of this.chain(id, 'character')) run = merge(run, style.run);
    this.resolvedCharacter.set(id, run);
    return run;
  }

  /** A table style's cell margins, or Word's default (0.19 cm left and right). */
  tableCellMargins(id: string | undefined): { left: number; right: number; top: number; bottom: number } {
    void id;
    return { left: 108, right: 108, top: 0, bottom: 0 };
  }
}
