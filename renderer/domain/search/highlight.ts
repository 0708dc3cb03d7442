import { foldForSearch } from '../names';

/** A piece of a shown text, marked when it is (the start of) a word the query matched. */
export interface TextSegment {
  text: string;
  match: boolean;
}

export interface TextRange {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}’'`ʼ]+/gu;

/**
 * Where the query's words match in a text as shown: for each word of the text whose folded form
 * starts with a folded query word, the original characters that make up that prefix ("Sző" in
 * "Szőke" for "szo"). Folding is done one character at a time so the positions stay those of the
 * original text even when folding changes its length (ß → ss, combining marks dropped).
 */
export function matchRanges(text: string, terms: readonly string[]): TextRange[] {
  const wanted = terms.filter((term) => term !== '');
  if (wanted.length === 0) return [];
  const ranges: TextRange[] = [];
  for (const word of text.matchAll(WORD)) {
    const start = word.index;
    // folded[i] is the folded text of the word up to original character ends[i].
    let folded = '';
    const ends: { length: number; end: number }[] = [];
    let offset = 0;
    for (const char of word[0]) {
      folded += foldForSearch(char);
      offset += char.length;
      ends.push({ length: folded.length, end: start + offset });
    }
    const longest = wanted
      .filter((term) => folded.startsWith(term))
      .reduce((best, term) => Math.max(best, term.length), 0);
    if (longest === 0) continue;
    const cut = ends.find((entry) => entry.length >= longest);
    ranges.push({ start, end: cut?.end ?? start + word[0].length });
  }
  return ranges;
}

/** The text cut into plain and matched pieces, in order; no empty pieces. */
export function highlight(text: string, terms: readonly string[]): TextSegment[] {
  return segmentsOf(text, matchRanges(text, terms));
}

function segmentsOf(text: string, ranges: readonly TextRange[], from = 0, to = text.length): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = from;
  for (const range of ranges) {
    const start = Math.max(range.start, from);
    const end = Math.min(range.end, to);
    if (end <= start) continue;
    if (start > position) segments.push({ text: text.slice(position, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    position = end;
  }
  if (position < to) segments.push({ text: text.slice(position, to), match: false });
  return segments;
}

/**
 * A short window of a long text around its first match, with "…" where it was cut, so a result
 * shows why a finding of several paragraphs matched. Null when the query does not match the text.
 */
export function excerpt(
  text: string,
  terms: readonly string[],
  before = 40,
  after = 100,
): TextSegment[] | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(flat, terms);
  const first = ranges[0];
  if (!first) return null;
  let from = Math.max(0, first.start - before);
  let to = Math.min(flat.length, first.end + after);
  // Cut at word boundaries so the window does not start or end in the middle of a word.
  if (from > 0) from = Math.min(flat.indexOf(' ', from) + 1 || from, first.start);
  if (to < flat.length) to = Math.max(flat.lastIndexOf(' ', to), first.end);
  const segments = segmentsOf(flat, ranges, from, to);
  if (from > 0) segments.unshift({ text: '… ', match: false });
  if (to < flat.length) segments.push({ text: ' …', match: false });
  return segments;
}
