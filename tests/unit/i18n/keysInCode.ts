import { flatten, type LocaleTree } from './localeAudit';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The keys of a locale file as code names them: plural forms under their base key, and every subtree. */
export function keyNames(tree: LocaleTree): Set<string> {
  const names = new Set<string>();
  for (const key of flatten(tree).keys()) {
    const parts = key.replace(PLURAL_SUFFIX, '').split('.');
    for (let i = 1; i <= parts.length; i++) names.add(parts.slice(0, i).join('.'));
  }
  return names;
}

/**
 * The interface keys a source file names that the locale file lacks. A key is any string literal of the form
 * `namespace.rest` whose namespace is one of the file's top-level keys (so ternaries, lists and key prefixes
 * count, not only `t('…')`); a template literal counts by its fixed start (`programme.kinds.${kind}` needs some
 * key under `programme.kinds.`).
 */
export function missingKeys(source: string, tree: LocaleTree): string[] {
  const names = keyNames(tree);
  const namespaces = Object.keys(tree).join('|');
  const missing: string[] = [];
  const literal = new RegExp(`(['"])((?:${namespaces})\\.[A-Za-z0-9_.]+)\\1`, 'g');
  for (const [, , key] of source.matchAll(literal)) {
    if (!names.has(key!) && !/\.(json|ics|docx|vcf|xlf|xliff)$/.test(key!)) missing.push(key!);
  }
  const sorted = [...names];
  const template = new RegExp('`((?:' + namespaces + ')\\.[A-Za-z0-9_.]*)\\$\\{', 'g');
  for (const [, start] of source.matchAll(template)) {
    if (!sorted.some((name) => name.startsWith(start!))) missing.push(`${start}…`);
  }
  return missing;
}
