/**
 * Table columns sized from their content, so that no word is split across lines: a column is at
 * least as wide as its longest word (an e-mail address or a URL counts as one word), and what is
 * left of the text width is shared out by the columns' shares. Widths are estimated from
 * Times New Roman's (= Liberation Serif's) advance widths by letter class: an estimate on the wide
 * side, since a column a little too wide costs nothing and one too narrow breaks a word.
 */

/** Advance widths in ems, by letter class (Times New Roman; Liberation Serif has the same metrics). */
const NARROW = new Set([...'iljtfrI.,;:!\'’|()[]-‐–"«»1іїІЇ']);
const WIDE = new Set([...'mwMWжшщыюмЖШЩЫЮМДФфОQ@%—&№']);

function emWidth(ch: string): number {
  if (ch === ' ') return 0.25;
  if (NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.9;
  if (/\d/u.test(ch)) return 0.5;
  if (ch !== ch.toLowerCase()) return 0.74;
  return 0.53;
}

/** The estimated width of a text on one line, in twips, at a size in points. */
export function textWidthTwips(text: string, sizePt: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += emWidth(ch);
  return Math.ceil(ems * sizePt * 20 * (bold ? 1.1 : 1));
}

/** The longest unbreakable piece of a cell's text, in twips. */
export function longestWordTwips(text: string, sizePt: number, bold = false): number {
  return text
    .split(/\s+/u)
    .filter((word) => word !== '')
    .reduce((widest, word) => Math.max(widest, textWidthTwips(word, sizePt, bold)), 0);
}

export interface ColumnNeed {
  /** The share of the text width the column would have on its own merits. */
  share: number;
  /** The width below which a word of the column would be split, in twips, cell margins included. */
  minTwips: number;
}

/**
 * Widths that add up to `total`: every column gets at least its minimum, the rest is shared by
 * share among the columns that need no more than that. When even the minimums do not fit, they
 * are scaled down together (a word will then break, which no width can prevent).
 */
export function columnWidths(needs: readonly ColumnNeed[], total: number): number[] {
  const minimum = needs.reduce((sum, need) => sum + need.minTwips, 0);
  if (minimum >= total) return needs.map((need) => Math.floor((need.minTwips * total) / minimum));
  const pinned = new Set<number>();
  for (;;) {
    const free = total - needs.reduce((sum, need, i) => sum + (pinned.has(i) ? need.minTwips : 0), 0);
    const shares = needs.reduce((sum, need, i) => sum + (pinned.has(i) ? 0 : need.share), 0);
    const widths = needs.map((need, i) =>
      pinned.has(i) ? need.minTwips : Math.floor((free * need.share) / shares),
    );
    const short = widths.findIndex((width, i) => !pinned.has(i) && width < needs[i]!.minTwips);
    if (short === -1) return widths;
    // Pin every column that falls short at once, then share out again.
    widths.forEach((width, i) => {
      if (width < needs[i]!.minTwips) pinned.add(i);
    });
  }
}
