import { JSDOM } from 'jsdom';
import { XLIFF_NS } from '../../../renderer/domain/xliff/model';

const { DOMParser, XMLSerializer } = new JSDOM('').window;

/** A strict XML parser (jsdom's, another XML stack than the app's): throws on a file that is not well-formed. */
export function strictXml(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent}`);
  return document;
}

/**
 * What a CAT tool does to an exported file: fills in (or replaces) the targets of the units
 * `translate` answers for, marks their segments translated, and writes the file back.
 */
export function translateAsCatTool(
  text: string,
  translate: (unitId: string, source: string, target: string | null) => string | null,
): string {
  const document = strictXml(text);
  for (const unit of [...document.getElementsByTagNameNS(XLIFF_NS, 'unit')]) {
    const segment = unit.getElementsByTagNameNS(XLIFF_NS, 'segment')[0]!;
    const source = segment.getElementsByTagNameNS(XLIFF_NS, 'source')[0]!;
    let target = segment.getElementsByTagNameNS(XLIFF_NS, 'target')[0];
    const translation = translate(
      unit.getAttribute('id')!,
      source.textContent ?? '',
      target?.textContent ?? null,
    );
    if (translation === null) continue;
    if (!target) {
      target = document.createElementNS(XLIFF_NS, 'target');
      segment.appendChild(target);
    }
    target.textContent = translation;
    segment.setAttribute('state', 'translated');
  }
  return new XMLSerializer().serializeToString(document);
}
