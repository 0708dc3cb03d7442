/**
 * Reading the XML objects `docx` formats a document into before it writes the text (its
 * `IXmlableObject`): `{ "w:p": [ { "w:pPr": [...] }, { "w:r": [...] } ] }`, attributes in `_attr`.
 * The layout reads the document as it is written, so it follows whatever the writers put in it.
 */
export type XmlNode = Record<string, unknown>;

export const isNode = (value: unknown): value is XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The element's name: its one key other than `_attr`. */
export function nameOf(node: XmlNode): string | undefined {
  for (const key in node) if (key !== '_attr') return key;
  return undefined;
}

/** The element's child elements (and texts), in order. */
export function childrenOf(node: XmlNode | undefined): unknown[] {
  if (!node) return [];
  const name = nameOf(node);
  const content = name === undefined ? undefined : node[name];
  return Array.isArray(content) ? content : [];
}

/** The element's attributes, wherever `docx` put them (in its content array or beside it). */
export function attributesOf(node: XmlNode | undefined): Record<string, unknown> {
  if (!node) return {};
  const name = nameOf(node);
  const content = name === undefined ? undefined : node[name];
  if (Array.isArray(content)) {
    for (const child of content)
      if (isNode(child) && '_attr' in child) return child._attr as Record<string, unknown>;
    return {};
  }
  if (isNode(content) && isNode(content._attr)) return content._attr;
  return {};
}

/** The first child element of this name. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  for (const item of childrenOf(node)) if (isNode(item) && name in item) return item;
  return undefined;
}

export function attr(node: XmlNode | undefined, name: string): unknown {
  return attributesOf(node)[name];
}

export function numberAttr(node: XmlNode | undefined, name: string): number | undefined {
  const value = attr(node, name);
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`): undefined when absent. */
export function onOff(node: XmlNode | undefined, name: string): boolean | undefined {
  const element = child(node, name);
  return element ? isOn(element) : undefined;
}

/** Whether an on/off element present (`<w:b/>`, `<w:b w:val="false"/>`) is on. */
export function isOn(element: XmlNode): boolean {
  const value = attr(element, 'w:val');
  return !(value === false || value === 0 || value === 'false' || value === '0' || value === 'off');
}
