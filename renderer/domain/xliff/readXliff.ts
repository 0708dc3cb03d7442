import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isLanguage, type Language } from '../entities';
import { MAX_XLIFF_BYTES, XLIFF_NS } from './model';

/** Why a file cannot be imported; each code has its message in the interface language. */
export type XliffErrorCode =
  'tooLarge' | 'notXml' | 'notXliff2' | 'languagePair' | 'duplicateIds' | 'unknownIds' | 'noUnits' | 'stale';

export class XliffError extends Error {
  constructor(
    readonly code: XliffErrorCode,
    /** What the message names: a line number, the ids, the languages found. */
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(`XLIFF refused (${code}) ${JSON.stringify(details)}`);
    this.name = 'XliffError';
  }
}

/** One unit as read back: the target is null when the file holds no (complete) translation of it. */
export interface ReadUnit {
  id: string;
  source: string;
  target: string | null;
  sourceAtExport?: string;
  targetAtExport?: string;
  translator?: string;
}

export interface ReadXliff {
  srcLang: Language;
  trgLang: Language;
  units: ReadUnit[];
  /** The translator the file names (metadata `translator` of the file), if any. */
  translator?: string;
}

/** The parser's node with preserveOrder: { tag: children, ':@': attributes } or { '#text': text }. */
type XmlNode = Record<string, unknown>;

const tagOf = (node: XmlNode) => Object.keys(node).find((key) => key !== ':@') ?? '';
const localName = (tag: string) => tag.slice(tag.indexOf(':') + 1);
const childrenOf = (node: XmlNode) => (node[tagOf(node)] as XmlNode[] | undefined) ?? [];
const attrsOf = (node: XmlNode) => (node[':@'] as Record<string, string> | undefined) ?? {};
const elements = (nodes: readonly XmlNode[], name: string) =>
  nodes.filter((node) => {
    const tag = tagOf(node);
    return !tag.startsWith('#') && !tag.startsWith('?') && localName(tag) === name;
  });

/** The text of an element, inline markup (a tool's term marks, paired codes) read as its text. */
function textOf(nodes: readonly XmlNode[]): string {
  return nodes
    .map((node) => {
      const tag = tagOf(node);
      if (tag === '#text') return String(node['#text']);
      if (tag.startsWith('?') || tag === '#comment') return '';
      return textOf(childrenOf(node));
    })
    .join('');
}

/** "en", "en-GB", "EN_us" → "en"; a language the app does not write → null. */
function languageOf(tag: string | undefined): Language | null {
  const primary = (tag ?? '').split(/[-_]/)[0]?.toLowerCase();
  return isLanguage(primary) ? primary : null;
}

/** The app's own fingerprints and the translator, from the metadata module of an element. */
function metaOf(nodes: readonly XmlNode[]): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const metadata of elements(nodes, 'metadata'))
    for (const group of elements(childrenOf(metadata), 'metaGroup'))
      for (const entry of elements(childrenOf(group), 'meta')) {
        const type = attrsOf(entry).type;
        if (type) meta[type] = textOf(childrenOf(entry));
      }
  return meta;
}

/** The source and target of a unit: its segments (and ignorables) joined in order. */
function unitOf(node: XmlNode): ReadUnit {
  const children = childrenOf(node);
  let source = '';
  let target = '';
  let complete = true;
  for (const part of children) {
    const name = localName(tagOf(part));
    if (name !== 'segment' && name !== 'ignorable') continue;
    const partChildren = childrenOf(part);
    const partSource = elements(partChildren, 'source')[0];
    const partTarget = elements(partChildren, 'target')[0];
    const sourceText = partSource ? textOf(childrenOf(partSource)) : '';
    source += sourceText;
    if (partTarget) target += textOf(childrenOf(partTarget));
    // An ignorable without a target stands for itself (spaces between segments).
    else if (name === 'ignorable') target += sourceText;
    else complete = false;
  }
  const meta = metaOf(children);
  return {
    id: attrsOf(node).id ?? '',
    source,
    target: complete && target.trim() !== '' ? target : null,
    ...(meta.sourceAtExport !== undefined ? { sourceAtExport: meta.sourceAtExport } : {}),
    ...(meta.targetAtExport !== undefined ? { targetAtExport: meta.targetAtExport } : {}),
    ...(meta.translator ? { translator: meta.translator } : {}),
  };
}

/** Units of a file or group, those of nested groups included, in document order. */
function collectUnits(nodes: readonly XmlNode[], into: ReadUnit[]): void {
  for (const node of nodes) {
    const name = localName(tagOf(node));
    if (name === 'unit') into.push(unitOf(node));
    else if (name === 'group') collectUnits(childrenOf(node), into);
  }
}

/**
 * Reads an XLIFF 2.x file strictly enough that a wrong file is refused before anything is
 * compared or written: well-formed XML, the XLIFF 2.0 namespace and version, a language pair the
 * app writes, unique unit ids. Whether the ids belong to the tour is the import plan's check.
 */
export function readXliff(bytes: Uint8Array): ReadXliff {
  if (bytes.length > MAX_XLIFF_BYTES)
    throw new XliffError('tooLarge', { megabytes: Math.round(MAX_XLIFF_BYTES / 2 ** 20) });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new XliffError('notXml', { line: 1 });
  }
  // XLIFF has no document type: one would only serve entity expansion (a "billion laughs" file).
  if (/<!DOCTYPE/i.test(text)) throw new XliffError('notXliff2');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new XliffError('notXml', { line: valid.err.line });
  let parsed: XmlNode[];
  try {
    parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      preserveOrder: true,
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      // Numeric character references (&#10;) are decoded as XML requires.
      htmlEntities: true,
      commentPropName: '#comment',
    }).parse(text) as XmlNode[];
  } catch {
    throw new XliffError('notXml', { line: 1 });
  }
  const root = parsed.find((node) => !tagOf(node).startsWith('?') && !tagOf(node).startsWith('#'));
  const attributes = root ? attrsOf(root) : {};
  if (
    !root ||
    tagOf(root) !== 'xliff' ||
    attributes.xmlns !== XLIFF_NS ||
    !String(attributes.version ?? '').startsWith('2.')
  )
    throw new XliffError('notXliff2', { version: String(attributes.version ?? '') });
  const srcLang = languageOf(attributes.srcLang);
  const trgLang = languageOf(attributes.trgLang);
  if (!srcLang || !trgLang || srcLang === trgLang)
    throw new XliffError('languagePair', {
      srcLang: attributes.srcLang ?? '',
      trgLang: attributes.trgLang ?? '',
    });
  const units: ReadUnit[] = [];
  let translator: string | undefined;
  for (const file of elements(childrenOf(root), 'file')) {
    translator ??= metaOf(childrenOf(file)).translator || undefined;
    collectUnits(childrenOf(file), units);
  }
  if (units.length === 0) throw new XliffError('noUnits');
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.id)) duplicates.add(unit.id);
    seen.add(unit.id);
  }
  if (duplicates.size > 0)
    throw new XliffError('duplicateIds', {
      count: duplicates.size,
      ids: [...duplicates].slice(0, 3).join(', '),
    });
  return { srcLang, trgLang, units, ...(translator ? { translator } : {}) };
}
