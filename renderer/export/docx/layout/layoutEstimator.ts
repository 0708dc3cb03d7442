import type { EstimatedPageNumbers, IContext, PageNumberEstimator } from 'docx';
import { MeasureCache, paginate, type PageLayout } from './paginate';
import { StyleSheet } from './properties';
import { readBlocks, readSection } from './readBody';
import { isNode, type XmlNode } from './xmlObject';

/** What laying the document out found, for the screen and the CLI to tell the user. */
export interface ContentsLayoutReport {
  pageCount: number;
  /** How many headings the contents point to, and how many got a number. */
  bookmarks: number;
  /** Text measured by a guess: characters outside the width table or fonts other than Times New Roman. */
  guessed: number;
}

/** A stand-in page number while the pages are not laid out yet: as wide as most. */
const STAND_IN = '00';
const MAX_PASSES = 3;

/** `docx` formats with a context object; the parts read here need only an empty one. */
const READING_CONTEXT = { stack: [] } as unknown as IContext;

function sameNumbers(a: PageLayout, b: PageLayout): boolean {
  if (a.bookmarks.size !== b.bookmarks.size) return false;
  for (const [name, page] of a.bookmarks) if (b.bookmarks.get(name) !== page) return false;
  return true;
}

/** Lays a formatted body out with the document's styles and lists: the page of every bookmark. */
export function layoutBody(body: unknown, context: IContext): PageLayout {
  const root = (isNode(body) && 'w:body' in body ? body : { 'w:body': [] }) as XmlNode;
  const file = context.file as unknown as
    | {
        Styles: { prepForXml(c: IContext): unknown };
        Numbering: {
          prepForXml(c: IContext): unknown;
          ConcreteNumbering: readonly { reference: string; instance: number; numId: number }[];
        };
      }
    | undefined;
  const listIds = new Map(
    (file?.Numbering.ConcreteNumbering ?? []).map((n) => [`{${n.reference}-${n.instance}}`, String(n.numId)]),
  );
  const styles = new StyleSheet(
    file ? (file.Styles.prepForXml(READING_CONTEXT) as XmlNode) : undefined,
    file ? (file.Numbering.prepForXml(READING_CONTEXT) as XmlNode) : undefined,
    listIds,
  );
  const blocks = readBlocks(root, styles);
  const section = readSection(root);
  // The contents' own numbers take width: lay out again with the numbers found until they settle.
  const cache = new MeasureCache();
  let layout = paginate(blocks, section, () => STAND_IN, undefined, cache);
  // Every paragraph is measured in the first pass; later ones measure only the contents again.
  const guessed = layout.guessed;
  for (let pass = 1; pass < MAX_PASSES; pass += 1) {
    const known = layout.bookmarks;
    const next = paginate(blocks, section, (name) => String(known.get(name) ?? STAND_IN), undefined, cache);
    const settled = sameNumbers(layout, next);
    layout = next;
    if (settled) break;
  }
  return { ...layout, guessed };
}

/**
 * A page-number estimator for `docx` (`new Document({ pageNumbers })`) that lays the document out
 * with this module's model of LibreOffice's and Word's layout, in time linear in the document.
 * `onReport` hears what it found (pages, guesses) once the document is written.
 */
export function layoutEstimator(onReport?: (report: ContentsLayoutReport) => void): PageNumberEstimator {
  return (body, context): EstimatedPageNumbers => {
    const layout = layoutBody(body, context);
    onReport?.({ pageCount: layout.pageCount, bookmarks: layout.bookmarks.size, guessed: layout.guessed });
    return {
      bookmarks: new Map([...layout.bookmarks].map(([name, page]) => [name, String(page)])),
      bookmarkPageNumbers: layout.bookmarks,
      pageCount: layout.pageCount,
    };
  };
}
