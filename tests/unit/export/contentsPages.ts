import { execFileSync } from 'node:child_process';
import { W, parseXml } from './readDocx';
import { strFromU8, unzipSync } from 'fflate';

/** An entry of the table of contents as the file holds it: the heading's text and the page written. */
export interface ContentsEntry {
  title: string;
  page: string;
}

/** The entries of the document's table of contents, from word/document.xml (the numbers as written). */
export function contentsEntries(docx: Uint8Array): ContentsEntry[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
  const document = parseXml(xml, 'word/document.xml');
  const entries: ContentsEntry[] = [];
  for (const p of [...document.getElementsByTagNameNS(W, 'p')]) {
    const style = p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttribute('w:val') ?? '';
    if (!/^TOC\d$/.test(style)) continue;
    let text = '';
    for (const node of [...p.getElementsByTagNameNS(W, '*')]) {
      if (node.localName === 't') text += node.textContent ?? '';
      else if (node.localName === 'tab' && node.parentElement?.localName === 'r') text += '\t';
    }
    const tab = text.lastIndexOf('\t');
    if (tab < 0) continue;
    entries.push({ title: text.slice(0, tab).trim(), page: text.slice(tab + 1).trim() });
  }
  return entries;
}

const squeeze = (s: string) => s.replace(/[^\S\n]+/g, ' ').trim();
const solid = (s: string) => s.replace(/\s+/g, '');

/** The text of each page of a PDF, as pdftotext reads it, spaces squeezed within its lines. */
export function pdfPageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map(squeeze);
}

/** A page's text without whitespace, with the positions where its lines begin and end. */
function solidLines(page: string): { text: string; starts: Set<number>; ends: Set<number> } {
  let text = '';
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const line of page.split('\n')) {
    const piece = solid(line);
    if (piece === '') continue;
    starts.add(text.length);
    text += piece;
    ends.add(text.length);
  }
  return { text, starts, ends };
}

/**
 * Whether the page prints the title as whole lines (a heading, maybe wrapped), not inside a longer
 * line: "Recommendations" is not found in "Recommendations on the key point".
 */
function printsAsLines(page: ReturnType<typeof solidLines>, title: string): boolean {
  for (let at = page.text.indexOf(title); at >= 0; at = page.text.indexOf(title, at + 1)) {
    if (page.starts.has(at) && page.ends.has(at + title.length)) return true;
  }
  return false;
}

/**
 * Where each contents entry's heading is printed: the first page, after the contents and after
 * the previous heading's page, whose text holds the heading. -1 when it is nowhere.
 */
export function printedPages(entries: readonly ContentsEntry[], pageTexts: readonly string[]): number[] {
  // Compared without spaces: a heading may wrap after a hyphen ("people-" / "oriented").
  const pages = pageTexts.map(solidLines);
  const first = solid(entries[0]?.title ?? '');
  const contentsPage = pages.findIndex((page) => page.text.includes(first));
  let from = Math.max(0, contentsPage + 1);
  return entries.map((entry) => {
    const title = solid(entry.title);
    for (let i = from; i < pages.length; i += 1) {
      const page = pages[i];
      if (page && printsAsLines(page, title)) {
        from = i;
        return i + 1;
      }
    }
    return -1;
  });
}

/**
 * The pages (from 1) that hold a lone tail of what came before: at most `fewest` lines of text
 * besides the page number (one recommendation, one row, the last line of a finding), or that
 * begin with `opening`, the first line of the signature block (which keeps with the text above it).
 */
export function loneTailPages(pageTexts: readonly string[], opening: string, fewest = 3): number[] {
  const lonely: number[] = [];
  pageTexts.forEach((page, i) => {
    const lines = page
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !/^\d+$/.test(line));
    if (lines.length <= fewest || lines[0]?.startsWith(opening)) lonely.push(i + 1);
  });
  return lonely;
}
