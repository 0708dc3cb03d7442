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

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
const solid = (s: string) => s.replace(/\s+/g, '');

/** The text of each page of a PDF, as pdftotext reads it, whitespace squeezed. */
export function pdfPageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map(squeeze);
}

/**
 * Where each contents entry's heading is printed: the first page, after the contents and after
 * the previous heading's page, whose text holds the heading. -1 when it is nowhere.
 */
export function printedPages(entries: readonly ContentsEntry[], pageTexts: readonly string[]): number[] {
  // Compared without spaces: a heading may wrap after a hyphen ("people-" / "oriented").
  const pages = pageTexts.map(solid);
  const first = solid(entries[0]?.title ?? '');
  const contentsPage = pages.findIndex((page) => page.includes(first));
  let from = Math.max(0, contentsPage + 1);
  return entries.map((entry) => {
    const title = solid(entry.title);
    for (let i = from; i < pages.length; i += 1) {
      if ((pages[i] ?? '').includes(title)) {
        from = i;
        return i + 1;
      }
    }
    return -1;
  });
}
