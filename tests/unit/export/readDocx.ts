import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';

const { DOMParser } = new JSDOM('').window;

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Parses XML strictly: a part that is not well-formed is an error, as it is for Word. */
export function parseXml(xml: string, part = 'xml'): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`${part} is not well-formed: ${error.textContent ?? ''}`);
  return doc;
}

export interface ReadDocx {
  parts: Record<string, string>;
  document: Document;
  styles: Document;
  /** The text of word/document.xml, paragraphs separated by new lines. */
  text: string;
  /** mammoth's HTML: headings as h1–h3, tables as tables. */
  html: string;
}

/** Opens .docx bytes as Word would: every XML part parsed, the body text and HTML extracted. */
export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      parts[name] = strFromU8(data);
      parseXml(parts[name], name);
    }
  }
  const document = parseXml(parts['word/document.xml'] ?? '', 'word/document.xml');
  const styles = parseXml(parts['word/styles.xml'] ?? '', 'word/styles.xml');
  const paragraphs = [...document.getElementsByTagNameNS(W, 'p')].map((p) =>
    [...p.getElementsByTagNameNS(W, 't')].map((t) => t.textContent ?? '').join(''),
  );
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return { parts, document, styles, text: paragraphs.join('\n'), html };
}

export function attr(element: Element | undefined, name: string): string | null {
  return element?.getAttributeNS(W, name) ?? element?.getAttribute(`w:${name}`) ?? null;
}

/** The texts of the h1/h2/h3 elements in mammoth's HTML. */
export function headingsIn(html: string, level: 1 | 2 | 3): string[] {
  const dom = new JSDOM(html);
  return [...dom.window.document.querySelectorAll(`h${level}`)].map((h) => h.textContent ?? '');
}
