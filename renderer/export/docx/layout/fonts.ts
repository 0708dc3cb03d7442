import { FACES, RANGES, type FaceMetrics } from './fontMetrics.generated';
import type { RunProps } from './properties';

/**
 * Widths and heights of text in Times New Roman as LibreOffice draws it: in Liberation Serif,
 * which has the same advance widths (the table is taken from its files, see
 * build/scripts/font-metrics.mjs). Lengths in twips.
 */
export interface Face {
  /** Advance of a code point in twips per point of size; NaN where the font has no glyph. */
  advance(codePoint: number): number;
  /** LibreOffice's height of a single-spaced line of this face at a size in points, in twips. */
  lineHeight(sizePt: number): number;
  /** Its descent below the baseline at a size, in twips (a picture in the line stands on the baseline). */
  descent(sizePt: number): number;
}

const TABLE_END = Math.max(...RANGES.map(([, to]) => to)) + 1;

function makeFace(metrics: FaceMetrics): Face {
  const perPoint = new Float64Array(TABLE_END).fill(Number.NaN);
  RANGES.forEach(([from], i) => {
    const widths = (metrics.widths[i] ?? '').split(',');
    widths.forEach((w, j) => {
      const units = Number(w);
      if (units > 0) perPoint[from + j] = (units * 20) / metrics.unitsPerEm;
    });
  });
  // Zero-width characters that still break or join text.
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]) if (c < TABLE_END) perPoint[c] = 0;
  const { ascent, descent, lineGap, unitsPerEm } = metrics;
  return {
    advance: (codePoint) => (codePoint < TABLE_END ? (perPoint[codePoint] ?? Number.NaN) : Number.NaN),
    // LibreOffice's line: the font's ascender, descender and line gap (measured: 17.25 pt at 15 pt).
    lineHeight: (size) => Math.round(((ascent + descent + lineGap) * size * 20) / unitsPerEm),
    descent: (size) => Math.round((descent * size * 20) / unitsPerEm),
  };
}

const faces = {
  regular: makeFace(FACES.regular),
  bold: makeFace(FACES.bold),
  italic: makeFace(FACES.italic),
  boldItalic: makeFace(FACES.boldItalic),
};

/** Fonts measured with Times New Roman's metrics: it, and what LibreOffice draws in its place. */
const KNOWN_FONTS = new Set(['times new roman', 'liberation serif', 'tinos', 'times']);

export function faceOf(run: RunProps): Face {
  if (run.bold) return run.italic ? faces.boldItalic : faces.bold;
  return run.italic ? faces.italic : faces.regular;
}

/** Whether the run's font is one the table measures (any other is measured as Times New Roman, a guess). */
export function knownFont(run: RunProps): boolean {
  return run.font === undefined || KNOWN_FONTS.has(run.font.toLowerCase());
}

/** The run's size in points (`w:sz` is in half-points; Word's default is 10 pt). */
export const sizeOf = (run: RunProps): number => (run.size ?? 20) / 2;

/** Whether the width table knows the character in every face (line breaks and tabs are no glyphs). */
export function measurable(codePoint: number): boolean {
  return codePoint < TABLE_END && MEASURABLE[codePoint] === 1;
}

/** `measurable` of every code point in the table, worked out once: it is asked for every character of a report. */
const MEASURABLE = (() => {
  const table = new Uint8Array(TABLE_END);
  const all = Object.values(faces);
  for (let c = 0; c < TABLE_END; c += 1)
    table[c] = all.every((face) => !Number.isNaN(face.advance(c))) ? 1 : 0;
  for (const c of [0x0a, 0x09, 0x0d]) table[c] = 1;
  return table;
})();
