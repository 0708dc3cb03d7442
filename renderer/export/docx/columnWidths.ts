/**
 * Table columns sized from their content, so that no word is split across lines: a column is at
 * least as wide as its longest word (an e-mail address or a URL counts as one word), and what is
 * left of the text width is shared out by the columns' shares. Widths are measured with the advance
 * widths of Liberation Serif, which has Times New Roman's metrics (kerning ignored: it only narrows).
 */

/* Generated from Liberation Serif (metric-compatible with Times New Roman): advance widths in 1/1000 em. */
const RANGES: readonly (readonly [number, string, string])[] = [
  [
    0x20,
    '250,333,408,500,500,833,777,180,333,333,500,563,250,333,250,277,500,500,500,500,500,500,500,500,500,500,277,277,563,563,563,443,920,722,666,666,722,610,556,722,722,333,389,722,610,889,722,722,556,722,666,556,610,722,722,943,722,722,610,333,277,333,469,500,333,443,500,443,500,443,333,500,500,277,277,500,277,777,500,500,500,500,333,389,277,500,500,722,500,500,443,479,200,479,541',
    '250,333,555,500,500,1000,833,277,333,333,500,569,250,333,250,277,500,500,500,500,500,500,500,500,500,500,333,333,569,569,569,500,930,722,666,722,722,666,610,777,777,389,500,777,666,943,722,777,610,777,722,556,666,722,722,1000,722,722,666,333,277,333,581,500,333,500,556,443,556,443,333,500,556,277,333,556,277,833,556,500,556,556,443,389,333,556,500,722,500,500,443,394,220,394,520',
  ],
  [
    0xa0,
    '250,333,500,500,500,500,200,500,333,759,275,500,563,333,759,500,399,548,299,299,333,576,453,250,333,299,310,500,750,750,750,443,722,722,722,722,722,722,889,666,610,610,610,610,333,333,333,333,722,722,722,722,722,722,722,563,722,722,722,722,722,722,556,500,443,443,443,443,443,443,666,443,443,443,443,443,277,277,277,277,500,500,500,500,500,500,500,548,500,500,500,500,500,500,500,500,722,443,722,443,722,443,666,443,666,443,666,443,666,443,722,646,722,500,610,443,610,443,610,443,610,443,610,443,722,500,722,500,722,500,722,500,722,500,722,500,333,277,333,277,333,277,333,277,333,277,708,552,389,277,722,500,500,610,277,610,277,610,406,610,343,610,277,722,500,722,500,722,500,604,701,494,722,500,722,500,722,500,889,722,666,333,666,333,666,333,556,389,556,389,556,389,556,389,610,277,610,427,610,277,722,500,722,500,722,500,722,500,722,500,722,500,943,722,722,500,722,610,443,610,443,610,443,277',
    '250,333,500,500,500,500,220,500,333,747,299,500,569,333,747,500,399,548,299,299,333,576,540,250,333,299,330,500,750,750,750,500,722,722,722,722,722,722,1000,722,666,666,666,666,389,389,389,389,722,722,777,777,777,777,777,569,777,722,722,722,722,722,610,556,500,500,500,500,500,500,722,443,443,443,443,443,277,277,277,277,500,556,500,500,500,500,500,548,500,556,556,556,556,500,556,500,722,500,722,500,722,500,722,443,722,443,722,443,722,443,722,733,722,556,666,443,666,443,666,443,666,443,666,443,777,500,777,500,777,500,777,500,777,556,777,556,389,277,389,277,389,277,389,277,389,277,822,552,500,333,777,556,556,666,277,666,277,666,468,666,395,666,277,722,556,722,556,722,556,729,769,556,777,500,777,500,777,500,1000,722,722,443,722,443,722,443,556,389,556,389,556,389,556,389,666,333,666,520,666,333,722,556,722,556,722,556,722,556,722,556,722,556,1000,722,722,500,722,666,443,666,443,666,443,277',
  ],
  [
    0x400,
    '610,610,751,578,660,556,333,333,389,872,872,741,666,722,708,722,722,574,666,578,682,610,895,500,722,722,666,678,889,722,722,722,556,666,610,708,790,722,722,649,1008,1008,706,872,574,660,1027,666,443,508,472,410,508,443,690,395,535,535,485,499,632,535,500,535,500,443,437,500,647,500,535,502,770,770,517,671,456,429,747,459,443,443,482,410,429,389,277,277,277,727,723,500,485,535,500,535',
    '666,666,799,636,678,556,389,389,500,1002,1001,799,725,777,733,777,722,661,666,636,687,666,988,527,777,777,725,745,943,777,777,777,610,722,666,733,858,722,777,733,1098,1098,765,981,661,678,1125,722,500,500,540,454,505,443,725,401,576,576,576,561,681,576,500,576,556,443,491,500,691,500,576,563,844,844,583,780,528,432,764,541,443,443,537,454,432,389,277,277,333,779,796,556,576,576,500,576',
  ],
  [0x490, '450,351', '520,389'],
  [
    0x2010,
    '333,333,0,500,1000,1000,0,500,333,333,333,333,443,443,443,0,500,500,350,0,0,0,1000',
    '333,333,0,500,1000,1000,0,500,333,333,333,333,500,500,500,0,500,500,350,0,0,0,1000',
  ],
  [0x2116, '954', '1004'],
];

function table(column: 1 | 2): Map<number, number> {
  const widths = new Map<number, number>();
  for (const range of RANGES) {
    range[column].split(',').forEach((width, i) => {
      if (width !== '0') widths.set(range[0] + i, Number(width));
    });
  }
  return widths;
}
const REGULAR = table(1);
const BOLD = table(2);

/** Advance width in ems; a character outside the table counts as a full em (on the wide side). */
function emWidth(ch: string, bold: boolean): number {
  return ((bold ? BOLD : REGULAR).get(ch.codePointAt(0) ?? 0) ?? 1000) / 1000;
}

/** The estimated width of a text on one line, in twips, at a size in points. */
export function textWidthTwips(text: string, sizePt: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += emWidth(ch, bold);
  return Math.ceil(ems * sizePt * 20);
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
