import { XMLBuilder } from 'fast-xml-parser';
import {
  GLOSSARY_NS,
  META_CATEGORY,
  METADATA_NS,
  XLIFF_NS,
  type XliffDocument,
  type XliffUnit,
} from '../../domain/xliff/model';

/**
 * Characters XML 1.0 cannot carry at all (control characters, lone surrogates): a text typed in
 * the app never holds them, but one pasted from elsewhere might, and one would make the file unreadable.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlText = (text: string) => text.replace(/\r\n?/g, '\n').replace(NOT_XML, '');

function unitElement(unit: XliffUnit) {
  const segment: Record<string, unknown> = {
    '@_state': unit.target === '' ? 'initial' : 'translated',
    source: { '#text': xmlText(unit.source) },
  };
  if (unit.target !== '') segment.target = { '#text': xmlText(unit.target) };
  return {
    '@_id': unit.id,
    // Line breaks are paragraphs and bullet lines of the app's texts: a tool must keep them.
    '@_xml:space': 'preserve',
    'mda:metadata': {
      'mda:metaGroup': {
        '@_category': META_CATEGORY,
        'mda:meta': [
          { '@_type': 'sourceAtExport', '#text': unit.sourceAtExport },
          { '@_type': 'targetAtExport', '#text': unit.targetAtExport },
        ],
      },
    },
    ...(unit.glossary.length > 0
      ? {
          'gls:glossary': {
            'gls:glossEntry': unit.glossary.map((entry) => ({
              'gls:term': { '#text': xmlText(entry.term) },
              'gls:translation': { '#text': xmlText(entry.translation) },
              ...(entry.definition ? { 'gls:definition': { '#text': xmlText(entry.definition) } } : {}),
            })),
          },
        }
      : {}),
    notes: {
      note: unit.notes.map((note) => ({ '@_category': note.category, '#text': xmlText(note.text) })),
    },
    segment,
  };
}

/**
 * An XLIFF 2.0 file of the texts (core, with the glossary and metadata modules), as the
 * ministry's translation tools (memoQ, Trados, OmegaT) read it. Built by an XML library, so every
 * text is escaped as XML requires.
 */
export function writeXliff(document: XliffDocument): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  const xml = builder.build({
    xliff: {
      '@_xmlns': XLIFF_NS,
      '@_xmlns:gls': GLOSSARY_NS,
      '@_xmlns:mda': METADATA_NS,
      '@_version': '2.0',
      '@_srcLang': document.srcLang,
      '@_trgLang': document.trgLang,
      file: {
        '@_id': 'f1',
        ...(document.original ? { '@_original': xmlText(document.original) } : {}),
        unit: document.units.map(unitElement),
      },
    },
  }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** The file's bytes (UTF-8, as declared). */
export function xliffBytes(document: XliffDocument): Uint8Array {
  return new TextEncoder().encode(writeXliff(document));
}
