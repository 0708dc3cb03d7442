import { faceOf, knownFont, sizeOf } from './fonts';
import type { ParagraphProps, RunProps } from './properties';
import type { Item, ParagraphBlock } from './readBody';

/** The default tab stops `docx` writes into settings.xml: every half inch from the margin. */
const DEFAULT_TAB = 720;

export interface ParagraphLines {
  /** The height of each line, in twips, with the paragraph's line spacing. */
  heights: number[];
  /** Index of the line each part after a page break starts (the first part starts at 0). */
  pageBreaksBefore: number[];
  /** Characters the width table does not know, or text in another font: the numbers are a guess. */
  guessed: number;
}

/** The page number a reference shows, as text, by bookmark; a stand-in width before the layout knows it. */
export type PageRefText = (bookmark: string) => string;

const isSpace = (c: number) => c === 0x20 || c === 0x3000;
/** After these a line may break, before a letter (hyphen, dashes, slash as ICU's line breaker allows). */
const BREAK_AFTER = new Set([0x2d, 0x2010, 0x2012, 0x2013, 0x2014, 0x2f, 0x200b, 0xad]);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function spacedHeight(natural: number, props: ParagraphProps): number {
  const line = props.line;
  if (line === undefined) return natural;
  switch (props.lineRule ?? 'auto') {
    case 'exact':
      return line;
    case 'atLeast':
      return Math.max(line, natural);
    default:
      return Math.round((natural * line) / 240);
  }
}

/**
 * Breaks a paragraph into lines greedily, as Word and LibreOffice do: a line takes words while
 * they fit, spaces at its end hang past the margin, a word longer than a line breaks anywhere.
 * Justification stretches spaces after the breaks are chosen, so it does not change them.
 */
export function breakLines(block: ParagraphBlock, width: number, pageRef: PageRefText): ParagraphLines {
  const { props } = block;
  const left = props.left ?? 0;
  const right = props.right ?? 0;
  // A list item's first line starts with its label (the dash) in the hanging indent and a tab to
  // the indent: its text starts at the indent, as the following lines do.
  const listed = props.numId !== undefined && props.numId !== '0' && (props.firstLine ?? 0) < 0;
  const firstLine = listed ? 0 : (props.firstLine ?? 0);
  const heights: number[] = [];
  const pageBreaksBefore: number[] = [];
  let guessed = 0;

  // The line being filled: its width up to now (spaces included), and where it may break.
  let available = width - left - right - firstLine;
  let used = 0;
  let hasContent = false;
  let breakAt = -1; // width of the line before the last break opportunity, -1 if none
  let afterBreak = 0; // width since that opportunity
  let heightBefore = 0;
  let heightAfter = 0;
  let pendingBreak = false; // a break opportunity before the next character
  let tallestOnLine = 0;
  const markHeight = faceOf(block.mark).lineHeight(sizeOf(block.mark));

  const finishLine = (natural: number) => {
    heights.push(spacedHeight(natural || markHeight, props));
    available = width - left - right;
  };
  const newLineFromBreak = () => {
    // The text after the last opportunity moves to the next line.
    finishLine(heightBefore);
    used = afterBreak;
    heightBefore = heightAfter;
    heightAfter = 0;
    breakAt = -1;
    afterBreak = 0;
  };
  const place = (advance: number, height: number, breakable: boolean) => {
    if (breakable && hasContent) {
      breakAt = used;
      afterBreak = 0;
      heightBefore = Math.max(heightBefore, heightAfter);
      heightAfter = 0;
    }
    if (used + advance > available && hasContent) {
      if (breakAt >= 0) newLineFromBreak();
      else {
        finishLine(Math.max(heightBefore, heightAfter));
        used = 0;
        heightBefore = 0;
        heightAfter = 0;
        breakAt = -1;
        afterBreak = 0;
      }
    }
    used += advance;
    afterBreak += advance;
    heightAfter = Math.max(heightAfter, height);
    hasContent = true;
  };
  const endLine = () => {
    finishLine(Math.max(heightBefore, heightAfter, tallestOnLine));
    used = 0;
    hasContent = false;
    breakAt = -1;
    afterBreak = 0;
    heightBefore = 0;
    heightAfter = 0;
    tallestOnLine = 0;
    pendingBreak = false;
  };

  const text = (value: string, run: RunProps) => {
    const face = faceOf(run);
    const size = sizeOf(run);
    const height = face.lineHeight(size);
    const known = knownFont(run);
    if (!known) guessed += 1;
    const caps = run.caps === true;
    tallestOnLine = Math.max(tallestOnLine, height);
    const chars = caps ? value.toUpperCase() : value;
    for (let k = 0; k < chars.length; k += 1) {
      let c = chars.charCodeAt(k);
      if (c >= 0xd800 && c <= 0xdbff && k + 1 < chars.length) {
        c = chars.codePointAt(k) ?? c;
        k += 1;
      }
      let advance = face.advance(c) * size;
      if (Number.isNaN(advance)) {
        guessed += 1;
        advance = 10 * size; // half an em
      }
      if (isSpace(c)) {
        // Spaces may hang past the margin: they never start a new line.
        used += advance;
        afterBreak += advance;
        pendingBreak = hasContent;
        continue;
      }
      const breakable = pendingBreak;
      pendingBreak = false;
      place(advance, height, breakable);
      if (BREAK_AFTER.has(c)) pendingBreak = true;
      else if (isDigit(c) && pendingBreak) pendingBreak = false;
    }
  };

  const items = block.items;
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i] as Item;
    switch (item.kind) {
      case 'text':
        text(item.text, item.run);
        break;
      case 'pageRef':
        text(pageRef(item.bookmark), item.run);
        break;
      case 'tab': {
        const indentFromMargin = left + (heights.length === 0 ? firstLine : 0);
        const position = indentFromMargin + used;
        if (props.rightTab !== undefined && props.rightTab > position) {
          // A right tab (the contents' page numbers): the text after it ends at the stop.
          const tail = tailWidth(items, i + 1, pageRef);
          const stop = props.rightTab - indentFromMargin;
          if (used + tail > stop) {
            endLine();
            used = Math.max(0, props.rightTab - left - tail);
          } else used = stop - tail;
        } else {
          used = Math.floor(position / DEFAULT_TAB + 1) * DEFAULT_TAB - indentFromMargin;
          if (used > available) endLine();
        }
        pendingBreak = true;
        hasContent = true;
        break;
      }
      case 'break':
        tallestOnLine = Math.max(tallestOnLine, faceOf(item.run).lineHeight(sizeOf(item.run)));
        endLine();
        break;
      case 'image': {
        // A picture alone in its line makes the line exactly as tall as itself (measured in LibreOffice).
        place(item.width, item.height, true);
        pendingBreak = true;
        break;
      }
      case 'pageBreak':
        if (hasContent || heights.length > 0) endLine();
        pageBreaksBefore.push(heights.length);
        break;
    }
  }
  if (hasContent || heights.length === 0 || heights.length === pageBreaksBefore.at(-1)) endLine();
  return { heights, pageBreaksBefore, guessed };
}

function tailWidth(items: readonly Item[], from: number, pageRef: PageRefText): number {
  let width = 0;
  for (let i = from; i < items.length; i += 1) {
    const item = items[i] as Item;
    if (item.kind !== 'text' && item.kind !== 'pageRef') break;
    const value = item.kind === 'text' ? item.text : pageRef(item.bookmark);
    const face = faceOf(item.run);
    const size = sizeOf(item.run);
    for (const char of value) {
      const advance = face.advance(char.codePointAt(0) ?? 0x20) * size;
      width += Number.isNaN(advance) ? 10 * size : advance;
    }
  }
  return width;
}
